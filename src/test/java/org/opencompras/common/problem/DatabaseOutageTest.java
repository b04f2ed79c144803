package org.opencompras.common.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencompras.PrivatePostgres;

/** While the database is down the API says so, 503 with Retry-After, and it recovers by itself when it is back. */
@QuarkusTest
@TestProfile(DatabaseOutageTest.OwnServer.class)
class DatabaseOutageTest {

    public static class OwnServer implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(PrivatePostgres.class));
        }
    }

    private static final List<String> READS = List.of(
            "/api/v1/contracts?limit=1",
            "/api/v1/suppliers?limit=1",
            "/api/v1/stats/summary",
            "/api/v1/processes?limit=1",
            "/api/v1/contracts?format=csv");

    @Test
    void shouldAnswer503WhileTheDatabaseIsDownAndRecoverWhenItIsBack() {
        READS.forEach(path -> given().when().get(path).then().statusCode(200));

        PrivatePostgres.running().stopServer();
        try {
            for (String path : READS) {
                given().when().get(path).then().statusCode(503)
                        .contentType("application/problem+json")
                        .header("Retry-After", equalTo("5"))
                        .body("type", equalTo("https://opencompras.org/problems/unavailable"))
                        .body("status", equalTo(503));
            }
            given().when().get("/q/health/ready").then().statusCode(503);
            given().when().get("/q/health/live").then().statusCode(200);
        } finally {
            PrivatePostgres.running().startServer();
        }

        READS.forEach(path -> given().when().get(path).then().statusCode(200));
        given().when().get("/q/health/ready").then().statusCode(200);
    }
}
