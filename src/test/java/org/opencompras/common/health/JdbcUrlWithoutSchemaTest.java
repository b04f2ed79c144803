package org.opencompras.common.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencompras.TestReleases;

/**
 * A JDBC URL without {@code currentSchema}, as most deployments write it: the service still finds its tables,
 * reads and writes them, and says it is ready.
 */
@QuarkusTest
@TestProfile(JdbcUrlWithoutSchemaTest.UrlWithoutSchema.class)
class JdbcUrlWithoutSchemaTest {

    private static final String OCID = "ocds-t10-noschema";

    public static class UrlWithoutSchema implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("%test.quarkus.datasource.jdbc.url", testDatabaseUrl(""));
        }
    }

    /** The tests' database, with the given query string instead of the one its URL may have. */
    static String testDatabaseUrl(String query) {
        String url = System.getenv().getOrDefault("OPENCOMPRAS_TEST_JDBC_URL", "jdbc:postgresql://127.0.0.1:5432/test");
        int start = url.indexOf('?');
        return (start < 0 ? url : url.substring(0, start)) + query;
    }

    @Test
    void shouldServeAndLoadWhenTheUrlNamesNoSchema() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"));
        given().contentType("application/json").header("Authorization", "Bearer test-admin-key")
                .body(TestReleases.release(OCID, "1", "2024-05-01T00:00:00Z"))
                .when().post("/api/v1/ingest")
                .then().statusCode(200)
                .body("inserted", equalTo(1));
        given().when().get("/api/v1/processes/" + OCID)
                .then().statusCode(200)
                .body("ocid", equalTo(OCID));
        given().when().get("/api/v1/processes?limit=1")
                .then().statusCode(200);
    }
}
