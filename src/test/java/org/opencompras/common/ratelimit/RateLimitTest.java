package org.opencompras.common.ratelimit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
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
        Instant start = Instant.parse("2026-01-01T00:00:20Z");
        limiter.reset(Clock.fixed(start, ZoneOffset.UTC));
        String path = "/api/v1/records/ocds-none-1";
        // A token comes back every 20 seconds: t is when the whole quota is back.
        given().when().get(path).then().statusCode(404)
                .header("RateLimit-Policy", equalTo("\"per-client\";q=3;w=60"))
                .header("RateLimit", equalTo("\"per-client\";r=2;t=20"));
        given().when().get(path).then().statusCode(404).header("RateLimit", equalTo("\"per-client\";r=1;t=40"));
        given().when().get(path).then().statusCode(404).header("RateLimit", equalTo("\"per-client\";r=0;t=60"));
        given().when().get(path).then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", equalTo("20"))
                .body("type", equalTo("https://opencompras.org/problems/rate-limited"))
                .body("status", equalTo(429))
                .body("detail", matchesPattern("More than 3 requests in a minute from this client; try again in 20 seconds"));
        // Health and the document are never counted.
        given().when().get("/q/health/ready").then().statusCode(200);
        // Five seconds later the next token is 15 seconds away.
        limiter.setClock(Clock.fixed(start.plusSeconds(5), ZoneOffset.UTC));
        given().when().get(path).then().statusCode(429).header("Retry-After", equalTo("15"));
        // One token back after 20 seconds, the whole quota after a minute.
        limiter.setClock(Clock.fixed(start.plusSeconds(20), ZoneOffset.UTC));
        given().when().get(path).then().statusCode(404).header("RateLimit", equalTo("\"per-client\";r=0;t=60"));
        limiter.setClock(Clock.fixed(start.plusSeconds(80), ZoneOffset.UTC));
        given().when().get(path).then().statusCode(404).header("RateLimit", equalTo("\"per-client\";r=2;t=20"));
    }

    @Test
    void shouldNotLetTwiceTheQuotaThroughAcrossAMinuteBoundary() {
        Instant lastSecond = Instant.parse("2026-01-01T00:10:59Z");
        limiter.reset(Clock.fixed(lastSecond, ZoneOffset.UTC));
        int passed = 0;
        for (int i = 0; i < 3; i++) {
            passed += given().when().get("/api/v1/records/ocds-none-2").statusCode() == 404 ? 1 : 0;
        }
        limiter.setClock(Clock.fixed(lastSecond.plusSeconds(2), ZoneOffset.UTC));
        for (int i = 0; i < 3; i++) {
            passed += given().when().get("/api/v1/records/ocds-none-2").statusCode() == 404 ? 1 : 0;
        }
        assertThat(passed).as("requests let through within three seconds, quota 3 a minute").isEqualTo(3);
    }
}
