package org.opencompras.ingest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.opencompras.TestDatabase;
import org.opencompras.TestReleases;
import org.opencompras.ingest.read.RepeatedInput;

/** Bodies that cost too much to read: refused with a reason, never an out-of-memory error or a busy core. */
@QuarkusTest
class IngestLimitsTest {

    private static final String KEY = "Bearer test-admin-key";
    private static final String DATE = "2024-05-01T00:00:00Z";

    @Test
    void shouldRejectAReleaseOfFortyMegabytesOfEmptyObjectsAndLoadTheRest() {
        String before = TestReleases.release("ocds-t10-huge", "a", DATE);
        String after = TestReleases.release("ocds-t10-huge", "c", DATE);
        byte[] body = new RepeatedInput("[" + before + ",{\"ocid\":\"ocds-t10-huge\",\"id\":\"b\",\"date\":\"" + DATE
                + "\",\"x\":[{}", ",{}", 13_000_000, "]}," + after + "]").gzipped();
        assertThat(body.length).isLessThan(100_000);

        given().contentType("application/json").header("Content-Encoding", "gzip").header("Authorization", KEY)
                .body(body)
                .when().post("/api/v1/ingest")
                .then().statusCode(200)
                .body("releasesRead", equalTo(3))
                .body("inserted", equalTo(2))
                .body("rejectedCount", equalTo(1))
                .body("rejected[0].position", equalTo("body.json: [1]"))
                .body("rejected[0].reason", equalTo(
                        "the release holds more than 2,000,000 JSON values (opencompras.ingest.max-release-values)"));
        assertThat(TestDatabase.column("select release_id from release where ocid = 'ocds-t10-huge' order by 1"))
                .containsExactly("a", "c");
    }

    @Test
    void shouldRefuseABodyNestedInTooManyGzipLayers() {
        byte[] body = TestReleases.release("ocds-t10-nested", "a", DATE).getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 10; i++) {
            body = gzip(body);
        }

        given().contentType("application/json").header("Authorization", KEY).queryParam("source", "t10-nested")
                .body(body)
                .when().post("/api/v1/ingest")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://opencompras.org/problems/unreadable-body"))
                .body("detail", containsString("more than 4 layers of compression"));
        assertThat(runStatus("t10-nested")).isEqualTo("incomplete");
    }

    @Test
    void shouldRefuseABodyThatDecompressesBeyondTheLimitAndKeepWhatCameBefore() {
        String first = TestReleases.release("ocds-t10-bomb", "a", DATE);
        byte[] bomb = new RepeatedInput("[" + first + ",", " ", 100_000_000,
                TestReleases.release("ocds-t10-bomb", "b", DATE) + "]").gzipped();

        given().contentType("application/json").header("Authorization", KEY).queryParam("source", "t10-bomb")
                .body(bomb)
                .when().post("/api/v1/ingest")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("https://opencompras.org/problems/payload-too-large"))
                .body("detail", containsString("decompresses to more than 67,108,864 bytes "
                        + "(opencompras.ingest.max-decompressed-bytes)"))
                .body("detail", containsString("Before it, 1 read: 1 inserted, 0 replaced, 0 duplicates, 0 rejected"));
        assertThat(TestDatabase.column("select release_id from release where ocid = 'ocds-t10-bomb'"))
                .containsExactly("a");
        assertThat(runStatus("t10-bomb")).isEqualTo("incomplete");
    }

    static String runStatus(String source) {
        return TestDatabase.text("select r.status from ingest_run r join source s on s.id = r.source_id "
                + "where s.name = '" + source + "' order by r.id desc limit 1");
    }

    private static byte[] gzip(byte[] content) {
        var bytes = new ByteArrayOutputStream();
        try (var gz = new GZIPOutputStream(bytes)) {
            gz.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
