package org.opencompras.common.ratelimit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(RateLimitTest.SmallQuota.class)
class RateLimitTest {

    public static class SmallQuota implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("opencompras.api.rate-limit.requests-per-minute", "3");
        }
    }

    @Inject
    RateLimiter limiter;

    @Test
    void tellsTheQuotaThenRefusesWithAProblem() {
        // Twenty seconds into a window, so that it does not end during the test.
        limiter.setClock(Clock.fixed(Instant.parse("2026-01-01T00:00:20Z"), ZoneOffset.UTC));
        String path = "/api/v1/records/ocds-none-1";
        given().when().get(path).then().statusCode(404)
                .header("RateLimit-Policy", equalTo("\"per-client\";q=3;w=60"))
                .header("RateLimit", equalTo("\"per-client\";r=2;t=40"));
        given().when().get(path).then().statusCode(404).header("RateLimit", equalTo("\"per-client\";r=1;t=40"));
        given().when().get(path).then().statusCode(404).header("RateLimit", equalTo("\"per-client\";r=0;t=40"));
        given().when().get(path).then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", equalTo("40"))
                .body("type", equalTo("https://opencompras.org/problems/rate-limited"))
                .body("status", equalTo(429))
                .body("detail", matchesPattern("More than 3 requests in a minute from this client; try again in 40 seconds"));
        // Health and the document are never counted.
        given().when().get("/q/health/ready").then().statusCode(200);
        // A new window starts afresh.
        limiter.setClock(Clock.fixed(Instant.parse("2026-01-01T00:01:05Z"), ZoneOffset.UTC));
        given().when().get(path).then().statusCode(404).header("RateLimit", equalTo("\"per-client\";r=2;t=55"));
    }
}
