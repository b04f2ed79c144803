package org.opencompras.common.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.opencompras.TestReleases;

/**
 * Links never repeat what a client wrote in {@code Host}: answers are shared by caches that do not key them by
 * it. Without a configured public base URL, links are on the address the connection reached.
 */
@QuarkusTest
class PublicLinksTest {

    private static final String HOSTILE = "evil.example";
    private static final String OCID = "ocds-links-1";

    @Test
    void shouldWriteLinksOnTheServersAddressWhateverTheHost() {
        given().contentType(ContentType.JSON).header("Authorization", "Bearer test-admin-key")
                .queryParam("source", "links").body("[" + TestReleases.release(OCID, "r1", "2031-01-01T00:00:00Z") + ","
                        + TestReleases.release(OCID, "r2", "2031-01-02T00:00:00Z") + "]")
                .when().post("/api/v1/ingest").then().statusCode(200);
        String origin = "http://127.0.0.1:" + RestAssured.port + "/";

        Response releases = given().header("Host", HOSTILE).queryParam("ocid", OCID).queryParam("limit", 1)
                .when().get("/api/v1/releases");
        releases.then().statusCode(200);
        assertThat(releases.jsonPath().getString("uri")).startsWith(origin + "api/v1/releases?");
        String next = releases.jsonPath().getString("links.next");
        assertThat(next).startsWith(origin + "api/v1/releases?");
        assertThat(releases.header("Link")).isEqualTo("<" + next + ">; rel=\"next\"");

        Response contracts = given().header("Host", HOSTILE).when().get("/api/v1/contracts?limit=1");
        assertThat(contracts.jsonPath().getString("links.self")).isEqualTo(origin + "api/v1/contracts?limit=1");
        Response changes = given().header("Host", HOSTILE).when().get("/api/v1/changes?limit=1");
        assertThat(changes.jsonPath().getString("links.self")).isEqualTo(origin + "api/v1/changes?limit=1");
        assertThat(changes.jsonPath().getString("links.next")).startsWith(origin + "api/v1/changes?");
        given().header("Host", HOSTILE).when().get("/api/v1/records/" + OCID)
                .then().statusCode(200).body("uri", equalTo(origin + "api/v1/records/" + OCID));
        for (Response answer : new Response[] {releases, contracts, changes}) {
            assertThat(answer.asString()).doesNotContain(HOSTILE);
        }
    }
}
