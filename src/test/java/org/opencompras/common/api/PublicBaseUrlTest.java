package org.opencompras.common.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With a public base URL configured, every link is written on it, a path prefix included. */
@QuarkusTest
@TestProfile(PublicBaseUrlTest.Configured.class)
class PublicBaseUrlTest {

    public static class Configured implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("opencompras.api.public-base-url", "https://api.example.org/opencompras/");
        }
    }

    @Test
    void shouldWriteEveryLinkOnThePublicBaseUrl() {
        given().header("Host", "evil.example").when().get("/api/v1/contracts?limit=1&includeTotal=false")
                .then().statusCode(200)
                .body("links.self", equalTo("https://api.example.org/opencompras/api/v1/contracts?limit=1&includeTotal=false"));
        given().when().get("/api/v1/changes?limit=7")
                .then().statusCode(200)
                .body("links.self", equalTo("https://api.example.org/opencompras/api/v1/changes?limit=7"));
    }
}
