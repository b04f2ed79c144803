package org.opencompras.feed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.opencompras.TestDatabase;
import org.opencompras.TestReleases;
import org.opencompras.common.json.Timestamps;
import org.opencompras.feed.FeedClient.Applied;

@QuarkusTest
class ChangeFeedTest {

    private static final String KEY = "Bearer test-admin-key";

    @TestHTTPResource("/api/v1/ingest")
    URI ingestUri;

    @Test
    void shouldLeaveASyncingClientWithExactlyTheStoredDataWhileIngestsCommitBetweenPages() {
        String p = "ocds-fsync-";
        String a1 = TestReleases.releaseWithAward(p + "1", "r1", "2024-03-01T10:00:00-05:00", "100.00");
        ingest("[" + a1 + ",\n" + TestReleases.release(p + "1", "r0", "2024-02-01T10:00:00-05:00") + ","
                + TestReleases.release(p + "2/x", "r1", "2024-02-02T10:00:00Z") + "]");

        FeedClient client = new FeedClient();
        client.readPage(5);
        String b = TestReleases.release(p + "3", "r1", "2024-04-01T00:00:00Z");
        ingest(b);
        client.readPage(5);
        // The same release re-issued with another amount, in the publisher's own spacing.
        String c1 = TestReleases.releaseWithAward(p + "1", "r1", "2024-03-01T10:00:00-05:00", "150.00")
                .replace("\"awards\"", "  \"awards\"");
        ingest(c1);
        client.readPage(5);
        String d1 = TestReleases.releaseWithAward(p + "1", "r1", "2024-03-02T10:00:00-05:00", "175.25");
        String d2 = TestReleases.releaseWithAward(p + "2/x", "r1", "2024-02-02T10:00:00Z", "9.99");
        ingest("[" + d1 + "," + d2 + "," + TestReleases.release(p + "4", "r1", "2024-05-01T00:00:00Z") + "]");
        client.readPage(5);
        client.readToEnd(50);

        assertThat(client.releases).isEqualTo(FeedClient.storedReleases());
        assertThat(client.processes).isEqualTo(FeedClient.storedProcesses());

        // Every copy of p1/r1, in order: each replacement is the old copy's tombstone, then the new copy.
        List<Applied> r1 = client.of(p + "1", "r1");
        assertThat(r1).extracting(Applied::action)
                .containsExactly("upsert", "tombstone", "upsert", "tombstone", "upsert");
        assertThat(r1.get(0).text()).isEqualTo(a1);
        assertThat(r1.get(2).text()).isEqualTo(c1);
        assertThat(r1.get(4).text()).isEqualTo(d1);
        assertThat(r1.get(1).hash()).isEqualTo(r1.get(0).hash());
        assertThat(r1.get(3).hash()).isEqualTo(r1.get(2).hash());
        assertThat(r1.stream().map(Applied::hash).distinct()).hasSize(3);
        assertThat(r1.get(4).hash()).isEqualTo(TestDatabase.text(
                "select content_hash from release where ocid = '" + p + "1' and release_id = 'r1'"));
        for (int i = 0; i < client.log.size() - 1; i++) {
            Applied entry = client.log.get(i);
            if (entry.action().equals("tombstone") && entry.type().equals("release")) {
                Applied following = client.log.get(i + 1);
                assertThat(following.action()).isEqualTo("upsert");
                assertThat(following.ocid()).isEqualTo(entry.ocid());
                assertThat(following.releaseId()).isEqualTo(entry.releaseId());
                assertThat(following.watermark().seq()).isEqualTo(entry.watermark().seq());
            }
        }
        assertThat(client.of(p + "2/x", "r1")).extracting(Applied::action).containsExactly("upsert", "tombstone", "upsert");
        // The processes changed by each ingest, each time with its compiled hash of then.
        List<Applied> process1 = client.log.stream().filter(a -> a.type().equals("process") && a.ocid().equals(p + "1")).toList();
        assertThat(process1).hasSize(3);
        assertThat(process1.stream().map(Applied::hash).distinct()).hasSize(3);

        // A client starting now reads the same history, old copies included, to the same state.
        FeedClient late = new FeedClient();
        late.readToEnd(500);
        assertThat(late.releases).isEqualTo(client.releases);
        assertThat(late.processes).isEqualTo(client.processes);
        assertThat(late.of(p + "1", "r1")).isEqualTo(r1);
        assertThat(late.last).isEqualTo(client.last);
    }

    @Test
    void shouldResumeFromTheWatermarkWithOnlyNewerEntries() {
        ingest(TestReleases.release("ocds-fresume-1", "r1", "2024-06-01T00:00:00Z"));
        FeedClient client = new FeedClient();
        client.readToEnd(500);
        String watermark = client.watermark;

        String dataAsOf = Timestamps.rfc3339(java.time.OffsetDateTime.parse(TestDatabase.text(
                "select to_char(at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') from change_event order by seq desc limit 1")));
        given().queryParam("since", watermark).when().get("/api/v1/changes")
                .then().statusCode(200)
                .body("data.size()", equalTo(0))
                .body("links.next", equalTo(null))
                .body("meta.watermark", equalTo(watermark))
                .body("meta.limit", equalTo(100))
                .body("meta.dataAsOf", equalTo(dataAsOf));

        ingest("[" + TestReleases.release("ocds-fresume-2", "r1", "2024-06-02T00:00:00Z") + ","
                + TestReleases.release("ocds-fresume-1", "r1", "2024-06-01T00:00:00Z") + "]");
        JsonNode page = FeedClient.read(given().queryParam("since", watermark).when().get("/api/v1/changes")
                .then().statusCode(200).extract().asString());
        assertThat(page.get("data")).hasSize(2);
        assertThat(page.at("/data/0/type").asText()).isEqualTo("release");
        assertThat(page.at("/data/0/action").asText()).isEqualTo("upsert");
        assertThat(page.at("/data/0/ocid").asText()).isEqualTo("ocds-fresume-2");
        assertThat(page.at("/data/0/date").asText()).isEqualTo("2024-06-02T00:00:00Z");
        assertThat(page.at("/data/0/hash").asText()).isEqualTo(TestDatabase.text(
                "select content_hash from release where ocid = 'ocds-fresume-2'"));
        assertThat(page.at("/data/1/type").asText()).isEqualTo("process");
        assertThat(page.at("/data/1/ocid").asText()).isEqualTo("ocds-fresume-2");
        assertThat(page.at("/data/1/compiledHash").asText()).isEqualTo(TestDatabase.text(
                "select compiled_hash from process where ocid = 'ocds-fresume-2'"));
        assertThat(page.at("/data/1/links/process").asText()).isEqualTo("/api/v1/processes/ocds-fresume-2");
        Watermark from = Watermark.decode(watermark).orElseThrow();
        for (JsonNode entry : page.get("data")) {
            assertThat(Watermark.decode(entry.get("watermark").asText()).orElseThrow()).isGreaterThan(from);
        }
        assertThat(page.at("/meta/watermark").asText()).isEqualTo(page.at("/data/1/watermark").asText());

        // One at a time, by the next links, to the same end.
        var first = given().queryParam("since", watermark).queryParam("limit", 1).when().get("/api/v1/changes");
        JsonNode one = FeedClient.read(first.then().statusCode(200).extract().asString());
        assertThat(one.get("data")).hasSize(1);
        assertThat(one.at("/data/0/watermark")).isEqualTo(page.at("/data/0/watermark"));
        String next = one.at("/links/next").asText();
        assertThat(first.header("Link")).isEqualTo("<" + next + ">; rel=\"next\"");
        JsonNode two = FeedClient.read(given().urlEncodingEnabled(false).when().get(next).then().statusCode(200)
                .extract().asString());
        assertThat(two.get("data")).hasSize(1);
        assertThat(two.at("/data/0")).isEqualTo(page.at("/data/1"));
        assertThat(two.at("/links/next").isNull()).isTrue();
    }

    @Test
    void shouldRefuseBadParametersNamingThem() {
        ingest(TestReleases.release("ocds-fbad-1", "r1", "2024-06-01T00:00:00Z"));
        String watermark = FeedClient.read(given().queryParam("limit", 1).when().get("/api/v1/changes")
                .then().statusCode(200).extract().asString()).at("/meta/watermark").asText();
        given().queryParam("since", watermark).when().get("/api/v1/changes").then().statusCode(200);
        for (String since : List.of("garbage", "AAAA", ReleaseResourceTest.tamper(watermark), watermark + "A",
                watermark.substring(1), "a".repeat(300))) {
            given().queryParam("since", since).when().get("/api/v1/changes")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("invalidParams[0].name", equalTo("since"));
        }
        for (String limit : List.of("0", "501", "ten", "")) {
            var response = given().queryParam("limit", limit).when().get("/api/v1/changes");
            if (limit.isEmpty()) {
                response.then().statusCode(200).body("meta.limit", equalTo(100));
            } else {
                response.then().statusCode(400).contentType("application/problem+json")
                        .body("invalidParams[0].name", equalTo("limit"));
            }
        }
    }

    /**
     * Many small ingests commit from two threads while a reader polls the feed: sequence numbers are taken in
     * one order and commits happen in another unless the feed guards against it, so a reader that skipped an
     * event committed late would miss entries here.
     */
    @Test
    void shouldNotSkipEventsOfConcurrentIngests() throws Exception {
        FeedClient client = new FeedClient();
        client.readToEnd(500);
        String prefix = "ocds-fconc-";
        ExecutorService writers = Executors.newFixedThreadPool(2);
        AtomicInteger running = new AtomicInteger(2);
        List<Future<Integer>> runs = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            int writer = w;
            runs.add(writers.submit(() -> {
                try {
                    return write(prefix + writer + "-", 30);
                } finally {
                    running.decrementAndGet();
                }
            }));
        }
        int polls = 0;
        try {
            while (running.get() > 0) {
                client.readPage(7);
                polls++;
            }
            for (Future<Integer> run : runs) {
                assertThat(run.get()).isEqualTo(30);
            }
        } finally {
            writers.shutdownNow();
            writers.awaitTermination(1, TimeUnit.MINUTES);
        }
        client.readToEnd(7);

        assertThat(client.releases).isEqualTo(FeedClient.storedReleases());
        assertThat(client.processes).isEqualTo(FeedClient.storedProcesses());
        // Every event of these ingests, once each, in the database's order.
        List<String> expected = new ArrayList<>();
        FeedClient.query("select kind, ocid, coalesce(release_id, ''), content_hash, coalesce(previous_hash, '') "
                + "from change_event where ocid like '" + prefix + "%' order by seq", rs -> {
                    switch (rs.getString(1)) {
                        case "release_added" -> expected.add("release upsert " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4));
                        case "release_replaced" -> {
                            expected.add("release tombstone " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(5));
                            expected.add("release upsert " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4));
                        }
                        default -> expected.add("process upsert " + rs.getString(2) + "  " + rs.getString(4));
                    }
                });
        List<String> seen = client.log.stream().filter(a -> a.ocid().startsWith(prefix))
                .map(a -> a.type() + " " + a.action() + " " + a.ocid() + " " + (a.releaseId() == null ? "" : a.releaseId())
                        + " " + a.hash()).toList();
        assertThat(seen).containsExactlyElementsOf(expected);
        assertThat(expected.stream().filter(e -> e.startsWith("release tombstone"))).hasSize(2 * 29);
        assertThat(polls).isGreaterThan(1);
    }

    /** Posts small batches: two new processes each, and the previous batch's first release re-issued. */
    private int write(String prefix, int batches) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (int n = 0; n < batches; n++) {
            StringBuilder body = new StringBuilder("[");
            body.append(TestReleases.releaseWithAward(prefix + n, "r1", "2024-07-01T00:00:00Z", "10." + n)).append(',');
            body.append(TestReleases.release(prefix + n + "b", "r1", "2024-07-02T00:00:00Z"));
            if (n > 0) {
                body.append(',').append(TestReleases.releaseWithAward(prefix + (n - 1), "r1", "2024-07-01T00:00:00Z",
                        "20." + n));
            }
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create(ingestUri + "?source=feed-concurrent"))
                    .header("Authorization", KEY).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body.append(']').toString())).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        }
        return batches;
    }

    private static void ingest(String body) {
        given().contentType(ContentType.JSON).header("Authorization", KEY).queryParam("source", "feed-sync").body(body)
                .when().post("/api/v1/ingest")
                .then().statusCode(200).body("rejectedCount", equalTo(0));
    }
}
