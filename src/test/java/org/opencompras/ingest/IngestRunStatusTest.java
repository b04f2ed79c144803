package org.opencompras.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencompras.TestDatabase;
import org.opencompras.TestReleases;

/**
 * How a run ends up in {@code ingest_run}: an upload cut off midway is {@code incomplete} with what it stored, a
 * run whose process died is {@code interrupted} at the next start, and a live run (here or in another process)
 * is left alone.
 */
@QuarkusTest
class IngestRunStatusTest {

    private static final int RELEASES = 1000;

    @Inject
    IngestRuns runs;

    @Test
    void shouldRecordAnUploadCutOffMidwayAsIncompleteWithWhatItStored() throws Exception {
        List<String> releases = new ArrayList<>();
        for (int i = 0; i < RELEASES; i++) {
            releases.add(TestReleases.release("ocds-t10-cut-" + i, "1", "2024-05-01T00:00:00Z"));
        }
        byte[] body = ("[" + String.join(",", releases) + "]").getBytes(StandardCharsets.UTF_8);
        int sent = body.length * 6 / 10;
        int whole = wholeReleasesIn(new String(body, 0, sent, StandardCharsets.UTF_8), releases);

        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/ingest?source=t10-cut HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer test-admin-key\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, 0, sent);
            out.flush();
            // Four batches of 25 committed: the body is being read.
            waitFor(() -> TestDatabase.count("select count(*) from release where ocid like 'ocds-t10-cut-%'") >= 100);

            // The live run holds its lock: a start of another instance now must not take it for a dead one.
            runs.markInterrupted();
            assertThat(IngestLimitsTest.runStatus("t10-cut")).isEqualTo("running");
        }

        waitFor(() -> !"running".equals(IngestLimitsTest.runStatus("t10-cut")));
        assertThat(IngestLimitsTest.runStatus("t10-cut")).isEqualTo("incomplete");
        // What reached the service before the close is stored, as whole releases; what the connection still held
        // unread when it closed is dropped with it.
        long stored = TestDatabase.count("select count(*) from release where ocid like 'ocds-t10-cut-%'");
        assertThat(stored).isBetween(100L, (long) whole);
        assertThat(TestDatabase.rows("select r.releases_read, r.inserted, r.rejected from ingest_run r "
                + "join source s on s.id = r.source_id where s.name = 't10-cut'"))
                .containsExactly(List.of(String.valueOf(stored), String.valueOf(stored), "0"));
    }

    @Test
    void shouldMarkInterruptedOnlyTheRunsThatNoLiveSessionHolds() throws SQLException, InterruptedException {
        long dead = insertRunningRun();
        long alive = insertRunningRun();
        try (Connection other = TestDatabase.connect(); Statement s = other.createStatement()) {
            // Another process running an ingest: its session holds the run's lock.
            s.execute("select pg_advisory_lock(" + IngestRuns.RUN_LOCKS + ", " + alive + ")");

            runs.markInterrupted();

            assertThat(statusOf(dead)).isEqualTo("interrupted");
            assertThat(statusOf(alive)).isEqualTo("running");
        }
        // Its session ended without finishing the run, as a killed process's does (the server notices in a moment).
        waitFor(() -> {
            runs.markInterrupted();
            return "interrupted".equals(statusOf(alive));
        });
    }

    private static long insertRunningRun() {
        return Long.parseLong(TestDatabase.text("insert into ingest_run (channel) values ('cli') returning id"));
    }

    private static String statusOf(long run) {
        return TestDatabase.text("select status from ingest_run where id = " + run);
    }

    /** How many releases end inside the text sent: those a reader can deliver. */
    private static int wholeReleasesIn(String sent, List<String> releases) {
        int end = 1;
        int whole = 0;
        for (String release : releases) {
            end += release.length();
            if (end > sent.length()) {
                break;
            }
            whole++;
            end++;
        }
        return whole;
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 30 s").isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
