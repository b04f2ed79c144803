package org.opencompras.common.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencompras.RawHttp;
import org.opencompras.TestDatabase;
import org.opencompras.TightLimits;
import org.opencompras.common.json.Json;
import org.opencompras.generate.SampleGenerator;
import org.opencompras.ingest.IngestService;
import org.opencompras.ingest.read.OcdsReader;
import org.opencompras.ingest.read.ReadProgress;

/**
 * Exports cannot take the connection pool: they have slots of their own, a stalled reader is cut off, and a
 * client can always tell an export that was cut short from a whole one.
 */
@QuarkusTest
@TestProfile(TightLimits.class)
class ExportSlotsTest {

    private static final String SOURCE = "export-slots-test";
    private static final String EXPORT = "/api/v1/contracts?format=ndjson&source=" + SOURCE;
    private static final byte[] LAST_CHUNK = "\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    /** The backend of the running export: its cursor's query, on the test's database. */
    private static final String EXPORT_BACKEND = "select count(*) from pg_stat_activity where pid <> pg_backend_pid() "
            + "and datname = current_database() and query like '%from contract c%' and query not like '%pg_stat_activity%'";
    private static boolean loaded;

    @Inject
    IngestService ingest;

    @Inject
    ExportSlots slots;

    @BeforeEach
    void load() throws IOException {
        if (loaded) {
            return;
        }
        Path file = Files.createTempFile("exports", ".jsonl");
        try (OutputStream out = Files.newOutputStream(file)) {
            new SampleGenerator(47).generate(400, out, SampleGenerator.Format.JSON_LINES);
        }
        ingest.ingest(SOURCE, "cli", sink -> new OcdsReader(Json.mapper()).read(file, sink, new ReadProgress()),
                new ReadProgress());
        Files.delete(file);
        loaded = true;
    }

    @Test
    void shouldAnswer503AtOnceWhenEveryExportSlotIsTaken() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(2);
        List<Future<Integer>> running = new ArrayList<>();
        try (Connection lock = TestDatabase.connect(); Statement s = lock.createStatement()) {
            lock.setAutoCommit(false);
            s.execute("lock table contract in access exclusive mode");
            for (int i = 0; i < 2; i++) {
                running.add(clients.submit(export()));
            }
            waitFor(() -> slots.running() == 2);

            given().when().get(EXPORT).then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", equalTo("5"))
                    .body("type", equalTo("https://opencompras.org/problems/unavailable"))
                    .body("detail", startsWith("Every export slot of this server is in use (2)"));
            // Pages are not exports: they still have the rest of the pool (this one waits on no lock).
            given().when().get("/api/v1/releases?limit=1").then().statusCode(200);
            lock.rollback();
        }
        for (Future<Integer> export : running) {
            assertThat(export.get(30, TimeUnit.SECONDS)).isEqualTo(200);
        }
        clients.shutdown();
        waitFor(() -> slots.running() == 0);
        given().when().get(EXPORT).then().statusCode(200);
    }

    @Test
    void shouldAnswerHeadWithoutRunningTheExport() throws Exception {
        try (Connection lock = TestDatabase.connect(); Statement s = lock.createStatement()) {
            lock.setAutoCommit(false);
            s.execute("lock table contract in access exclusive mode");
            // The export would wait on the lock; HEAD only tells what a GET would send.
            given().when().head(EXPORT).then().statusCode(200)
                    .contentType(startsWith("application/x-ndjson"))
                    .header("Content-Disposition", equalTo("attachment; filename=\"contracts.ndjson\""));
            assertThat(slots.running()).isZero();
            lock.rollback();
        }
    }

    @Test
    void shouldCutOffAnExportWhoseClientReadsNothing() throws Exception {
        try (RawHttp http = RawHttp.connect(4096)) {
            http.send("GET " + EXPORT + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
            waitFor(() -> slots.running() == 1);
            // Two seconds of write timeout, checked every half second.
            waitFor(() -> slots.running() == 0);
            byte[] received = http.rest();
            assertThat(received.length).isGreaterThan(0);
            assertThat(endsWith(received, LAST_CHUNK)).as("the body ends without its last chunk").isFalse();
        }
        assertThat(TestDatabase.count("select count(*) from pg_stat_activity where state = 'idle in transaction' "
                + "and query like '%from contract c%'")).isZero();
    }

    @Test
    void shouldEndTheBodyWithoutItsLastChunkWhenTheDatabaseFailsMidExport() throws Exception {
        try (RawHttp http = RawHttp.connect(4096)) {
            http.send("GET " + EXPORT + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
            assertThat(RawHttp.status(http.head())).isEqualTo(200);
            waitFor(() -> TestDatabase.count(EXPORT_BACKEND) == 1);
            TestDatabase.execute("select pg_terminate_backend(pid) from pg_stat_activity where pid in ("
                    + EXPORT_BACKEND.replace("count(*)", "pid") + ")");
            byte[] received = http.rest();
            assertThat(endsWith(received, LAST_CHUNK)).as("the body ends without its last chunk").isFalse();
        }
        waitFor(() -> slots.running() == 0);
    }

    @Test
    void shouldEndAWholeExportWithItsLastChunk() throws Exception {
        try (RawHttp http = RawHttp.connect(0)) {
            http.send("GET " + EXPORT + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertThat(RawHttp.status(http.head())).isEqualTo(200);
            assertThat(endsWith(http.rest(), LAST_CHUNK)).isTrue();
        }
    }

    private static Callable<Integer> export() {
        return () -> given().when().get(EXPORT).then().extract().statusCode();
    }

    private static boolean endsWith(byte[] bytes, byte[] end) {
        if (bytes.length < end.length) {
            return false;
        }
        for (int i = 0; i < end.length; i++) {
            if (bytes[bytes.length - end.length + i] != end[i]) {
                return false;
            }
        }
        return true;
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 20 s").isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
