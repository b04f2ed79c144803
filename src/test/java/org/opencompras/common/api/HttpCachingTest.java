package org.opencompras.common.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencompras.TestDatabase;
import org.opencompras.TestReleases;

@QuarkusTest
class HttpCachingTest {

    private static final String OCID = "ocds-cache01-1";
    private static final String PATH = "/api/v1/records/" + OCID;

    private static boolean loaded;

    @BeforeEach
    void data() {
        if (!loaded) {
            ingest(TestReleases.release(OCID, "1", "2024-05-01T09:00:00-05:00"));
            loaded = true;
        }
    }

    @Test
    void answersWithValidatorsAndFreshness() {
        Response response = given().when().get(PATH).then().statusCode(200)
                .header("ETag", startsWith("W/\""))
                .header("Cache-Control", equalTo("public, max-age=60"))
                .header("Vary", equalTo("Accept"))
                .extract().response();
        long lastSeq = TestDatabase.count("select max(seq) from change_event");
        assertThat(response.header("ETag")).startsWith("W/\"" + lastSeq + "-");
        Instant lastChange = Instant.parse(TestDatabase.text(
                "select to_char(at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') from change_event order by seq desc limit 1"));
        assertThat(ZonedDateTime.parse(response.header("Last-Modified"), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant())
                .isEqualTo(lastChange);
    }

    @Test
    void answersNotModifiedToTheCurrentTagOnly() {
        String etag = given().when().get(PATH).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).when().get(PATH).then().statusCode(304)
                .header("ETag", equalTo(etag)).header("Cache-Control", equalTo("public, max-age=60"));
        given().header("If-None-Match", "\"other\", " + etag.substring(2)).when().get(PATH).then().statusCode(304);
        given().header("If-None-Match", "W/\"0-other\"").when().get(PATH).then().statusCode(200);
        // Another representation of the same resource has another tag.
        String other = given().when().get(PATH + "?x=1").then().statusCode(200).extract().header("ETag");
        assertThat(other).isNotEqualTo(etag);
    }

    @Test
    void anIngestChangesTheTag() {
        String before = given().when().get(PATH).then().statusCode(200).extract().header("ETag");
        ingest(TestReleases.release("ocds-cache01-2", "1", "2024-05-02T09:00:00-05:00"));
        given().header("If-None-Match", before).when().get(PATH).then().statusCode(200);
    }

    @Test
    void honoursIfModifiedSince() {
        String lastModified = given().when().get(PATH).then().statusCode(200).extract().header("Last-Modified");
        given().header("If-Modified-Since", lastModified).when().get(PATH).then().statusCode(304);
        String earlier = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME).minusSeconds(1).withZoneSameInstant(ZoneOffset.UTC));
        given().header("If-Modified-Since", earlier).when().get(PATH).then().statusCode(200);
    }

    @Test
    void errorsAreNotTagged() {
        given().when().get("/api/v1/records/ocds-cache01-none").then().statusCode(404).header("ETag", (String) null);
    }

    private static void ingest(String body) {
        given().contentType(ContentType.JSON).header("Authorization", "Bearer test-admin-key")
                .queryParam("source", "cache-test").body("[" + body + "]")
                .when().post("/api/v1/ingest").then().statusCode(200);
    }
}
