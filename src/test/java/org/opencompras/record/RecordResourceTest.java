package org.opencompras.record;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencompras.OcdsSchemaValidator;
import org.opencompras.TestReleases;
import org.opencompras.common.json.Json;

@QuarkusTest
class RecordResourceTest {

    private static final String KEY = "Bearer test-admin-key";
    private static final String SLASHED_OCID = "ocds-t2/2024/with-slash";

    @BeforeEach
    void load() {
        ingest("SERCOP", TestReleases.sercopPackage());
        ingest("bare-releases", "[" + TestReleases.release(SLASHED_OCID, "1", "2024-05-01T09:00:00-05:00") + ","
                + TestReleases.releaseWithAward(SLASHED_OCID, "2", "2024-05-03T09:00:00-05:00", "2500.10") + "]");
    }

    @Test
    void shouldServeAValidRecordPackageWithTheReleasesExactlyAsPublished() throws Exception {
        String body = given().when().get("/api/v1/records/" + TestReleases.SERCOP_OCID)
                .then().statusCode(200).contentType(ContentType.JSON)
                .extract().asString();
        JsonNode pkg = Json.mapper().readTree(body);

        assertThat(OcdsSchemaValidator.validateRecordPackage(pkg)).isEmpty();
        assertThat(pkg.get("license").asText()).isEqualTo("https://creativecommons.org/licenses/by/3.0/ec/");
        JsonNode record = pkg.get("records").get(0);
        assertThat(record.get("ocid").asText()).isEqualTo(TestReleases.SERCOP_OCID);
        JsonNode original = Json.mapper().readTree(TestReleases.sercopPackage()).get("releases").get(0);
        assertThat(record.get("releases")).hasSize(1);
        assertThat(record.get("releases").get(0)).isEqualTo(original);
        assertThat(body).contains("\"releases\":[" + firstReleaseText(TestReleases.sercopPackage()) + "]");
        JsonNode compiled = record.get("compiledRelease");
        assertThat(compiled.get("tag").get(0).asText()).isEqualTo("compiled");
        assertThat(compiled.at("/awards/0/value/amount").decimalValue()).isEqualByComparingTo("125900");
        assertThat(compiled.at("/tender/lots/0/value/amount").decimalValue()).isEqualByComparingTo("132540.65");
    }

    @Test
    void shouldResolveOcidsThatContainSlashes() throws Exception {
        String body = given().when().get("/api/v1/records/" + SLASHED_OCID)
                .then().statusCode(200)
                .body("records[0].ocid", equalTo(SLASHED_OCID))
                .body("records[0].releases.size()", equalTo(2))
                .extract().asString();
        JsonNode pkg = Json.mapper().readTree(body);
        assertThat(OcdsSchemaValidator.validateRecordPackage(pkg)).isEmpty();
        assertThat(pkg.has("license")).as("bare releases state no licence").isFalse();
        assertThat(pkg.at("/records/0/compiledRelease/awards/0/value/amount").decimalValue())
                .isEqualByComparingTo("2500.10");
        assertThat(pkg.at("/records/0/compiledRelease/tender/title").asText()).isEqualTo("Test tender");
    }

    @Test
    void shouldResolveOcidsWithEncodedSlashes() {
        given().urlEncodingEnabled(false)
                .when().get("/api/v1/records/" + SLASHED_OCID.replace("/", "%2F"))
                .then().statusCode(200)
                .body("records[0].ocid", equalTo(SLASHED_OCID));
    }

    @Test
    void shouldAnswerAnUnknownOcidWithAProblem() {
        given().when().get("/api/v1/records/ocds-unknown-1")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://opencompras.org/problems/not-found"))
                .body("detail", equalTo("No process with ocid 'ocds-unknown-1'"));
    }

    @Test
    void shouldAnswerImpossibleOcidsWithAProblemNotAnError() {
        given().urlEncodingEnabled(false).when().get("/api/v1/records/ocds-x%00y")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("No process with ocid 'ocds-x\\u0000y'"));
        given().when().get("/api/v1/records/" + "x".repeat(3000))
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    /** The text of a package's first release, character for character, found by matching its braces. */
    private static String firstReleaseText(String pkg) {
        int start = pkg.indexOf('{', pkg.indexOf("\"releases\":["));
        int depth = 0;
        boolean inString = false;
        for (int i = start; i < pkg.length(); i++) {
            char c = pkg.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return pkg.substring(start, i + 1);
            }
        }
        throw new IllegalArgumentException("no complete release in the package");
    }

    private static void ingest(String source, String body) {
        given().contentType(ContentType.JSON).header("Authorization", KEY).queryParam("source", source).body(body)
                .when().post("/api/v1/ingest")
                .then().statusCode(200).body("rejectedCount", equalTo(0));
    }
}
