package org.opencompras.ingest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.opencompras.TestDatabase;
import org.opencompras.TestReleases;

@QuarkusTest
class IngestResourceTest {

    private static final String KEY = "Bearer test-admin-key";

    @Test
    void shouldRefuseAnIngestWithoutAdminKey() {
        given().contentType(ContentType.JSON).body(TestReleases.release("ocds-t1-nokey", "1", "2024-01-01T00:00:00Z"))
                .when().post("/api/v1/ingest")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("type", equalTo("https://opencompras.org/problems/unauthorized"))
                .body("status", equalTo(401));
        assertThat(TestDatabase.count("select count(*) from release where ocid = 'ocds-t1-nokey'")).isZero();
    }

    @Test
    void shouldRefuseAWrongAdminKey() {
        given().contentType(ContentType.JSON).header("Authorization", "Bearer not-the-key")
                .body(TestReleases.release("ocds-t1-badkey", "1", "2024-01-01T00:00:00Z"))
                .when().post("/api/v1/ingest")
                .then().statusCode(401)
                .body("detail", equalTo("The admin key is not valid"));
    }

    @Test
    void shouldLoadOnceAndCountTheSecondCopyAsDuplicate() {
        String pkg = TestReleases.sercopPackage();
        given().contentType(ContentType.JSON).header("Authorization", KEY).body(pkg)
                .queryParam("source", "SERCOP")
                .when().post("/api/v1/ingest")
                .then().statusCode(200);
        given().contentType(ContentType.JSON).header("Authorization", KEY).body(pkg)
                .queryParam("source", "SERCOP")
                .when().post("/api/v1/ingest")
                .then().statusCode(200)
                .body("releasesRead", equalTo(1))
                .body("inserted", equalTo(0))
                .body("duplicates", equalTo(1))
                .body("processesCompiled", equalTo(0));
        assertThat(TestDatabase.count(
                "select count(*) from release where ocid = 'ocds-5wno2w-SIE-HOALO-2025-003-141697'")).isEqualTo(1);
    }

    @Test
    void shouldReplaceAReleaseReissuedWithDifferentContent() {
        String ocid = "ocds-t1-replaced";
        post(TestReleases.releaseWithAward(ocid, "r1", "2024-02-01T10:00:00-05:00", "100.50"), "application/json");
        post(TestReleases.releaseWithAward(ocid, "r1", "2024-02-01T10:00:00-05:00", "120.75"), "application/json")
                .body("replaced", equalTo(1))
                .body("inserted", equalTo(0))
                .body("processesCompiled", equalTo(1));
        assertThat(TestDatabase.text("select value_amount::text from award where ocid = '" + ocid + "'"))
                .isEqualTo("120.75");
        assertThat(TestDatabase.count("select count(*) from release_replacement where ocid = '" + ocid + "'"))
                .isEqualTo(1);
        assertThat(TestDatabase.count(
                "select count(*) from change_event where kind = 'release_replaced' and ocid = '" + ocid + "'"))
                .isEqualTo(1);
    }

    @Test
    void shouldNotBringBackASupersededCopyWhenAFileIsReadAgain() {
        String ocid = "ocds-t1-reissued";
        String body = "[" + TestReleases.releaseWithAward(ocid, "r1", "2024-02-01T10:00:00-05:00", "10.00") + ","
                + TestReleases.releaseWithAward(ocid, "r1", "2024-02-01T10:00:00-05:00", "12.00") + "]";
        post(body, "application/json").body("inserted", equalTo(1)).body("replaced", equalTo(1));

        post(body, "application/json")
                .body("inserted", equalTo(0))
                .body("replaced", equalTo(0))
                .body("duplicates", equalTo(2))
                .body("processesCompiled", equalTo(0));
        assertThat(TestDatabase.text("select value_amount::text from award where ocid = '" + ocid + "'"))
                .isEqualTo("12.00");
        assertThat(TestDatabase.count("select count(*) from release_replacement where ocid = '" + ocid + "'"))
                .isEqualTo(1);
    }

    @Test
    void shouldLoadAndCompileAReleaseWithAVeryLongNumber() {
        String longDecimal = "0.1" + "0".repeat(1500);
        post("{\"ocid\": \"ocds-t1-long\", \"id\": \"1\", \"date\": \"2024-01-01T00:00:00Z\", "
                + "\"tender\": {\"value\": {\"amount\": " + longDecimal + ", \"currency\": \"USD\"}}}", "application/json")
                .body("inserted", equalTo(1))
                .body("processesCompiled", equalTo(1));
        assertThat(TestDatabase.text("select tender_value_amount = 0.1 from process where ocid = 'ocds-t1-long'"))
                .isEqualTo("t");
    }

    @Test
    void shouldCountACopyThatOnlyReordersKeysAsDuplicate() {
        post("{\"ocid\": \"ocds-t1-order\", \"id\": \"1\", \"date\": \"2024-01-01T00:00:00Z\", \"tag\": [\"tender\"]}",
                "application/json").body("inserted", equalTo(1));
        post("{\"tag\": [\"tender\"], \"date\": \"2024-01-01T00:00:00Z\", \"id\": \"1\", \"ocid\": \"ocds-t1-order\"}",
                "application/json")
                .body("duplicates", equalTo(1))
                .body("replaced", equalTo(0));
    }

    @Test
    void shouldRejectBadReleasesOneByOneAndLoadTheRest() {
        String body = "[" + TestReleases.release("ocds-t1-mixed", "a", "2024-03-01T00:00:00Z") + ","
                + "{\"ocid\": \"ocds-t1-mixed\", \"id\": \"b\"},"
                + "42,"
                + TestReleases.release("ocds-t1-mixed", "c", "2024-03-02T00:00:00Z") + "]";
        post(body, "application/json")
                .body("releasesRead", equalTo(4))
                .body("inserted", equalTo(2))
                .body("rejectedCount", equalTo(2))
                .body("rejected[0].position", containsString("[1]"))
                .body("rejected[0].reason", containsString("date"))
                .body("rejected[1].position", containsString("[2]"));
        assertThat(TestDatabase.count("select count(*) from release where ocid = 'ocds-t1-mixed'")).isEqualTo(2);
        assertThat(TestDatabase.count("select release_count from process where ocid = 'ocds-t1-mixed'"))
                .isEqualTo(2);
    }

    @Test
    void shouldAcceptGzipBodiesAndJsonLines() throws IOException {
        String lines = TestReleases.release("ocds-t1-lines", "1", "2024-04-01T00:00:00Z") + "\n"
                + TestReleases.release("ocds-t1-lines", "2", "2024-04-02T00:00:00Z") + "\n";
        given().contentType("application/x-ndjson").header("Authorization", KEY)
                .header("Content-Encoding", "gzip").body(gzip(lines))
                .when().post("/api/v1/ingest")
                .then().statusCode(200)
                .body("inserted", equalTo(2))
                .body("processesCompiled", equalTo(1));
    }

    @Test
    void shouldRefuseAnInvalidSourceName() {
        given().contentType(ContentType.JSON).header("Authorization", KEY).queryParam("source", "../etc")
                .body(TestReleases.release("ocds-t1-source", "1", "2024-01-01T00:00:00Z"))
                .when().post("/api/v1/ingest")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo("source"));
    }

    private static io.restassured.response.ValidatableResponse post(String body, String type) {
        return given().contentType(type).header("Authorization", KEY).body(body)
                .when().post("/api/v1/ingest")
                .then().statusCode(200);
    }

    private static byte[] gzip(String text) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var gz = new GZIPOutputStream(bytes)) {
            gz.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
