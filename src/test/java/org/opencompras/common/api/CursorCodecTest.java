package org.opencompras.common.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opencompras.common.problem.ProblemException;

@QuarkusTest
class CursorCodecTest {

    @Inject
    CursorCodec codec;

    @AfterEach
    void realClock() {
        codec.setClock(Clock.systemUTC());
    }

    @Test
    void roundTripsValuesIncludingNulls() {
        List<String> values = Arrays.asList("v", "2020-03-16 10:00:00+00", null, "ocds-x/1");
        String cursor = codec.encode("contracts|-dateSigned|f", values);
        assertThat(cursor).matches("[A-Za-z0-9_.-]+");
        assertThat(codec.decode(cursor, "contracts|-dateSigned|f")).isEqualTo(values);
    }

    @Test
    void refusesAnEditedCursor() {
        String cursor = codec.encode("q", List.of("v", "10"));
        String body = cursor.substring(0, cursor.indexOf('.'));
        String json = new String(Base64.getUrlDecoder().decode(body)).replace("10", "11");
        String edited = Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes()) + cursor.substring(cursor.indexOf('.'));
        assertRefused(edited, "q", "changed");
        assertRefused("garbage", "q", "not a cursor");
        assertRefused("not*base64.x", "q", "not a cursor");
        assertRefused(".", "q", "not a cursor");
    }

    @Test
    void refusesACursorOfAnotherQuery() {
        String cursor = codec.encode("contracts|-dateSigned|buyer=1", List.of("v"));
        assertRefused(cursor, "contracts|-dateSigned|buyer=2", "another query");
    }

    @Test
    void refusesAnExpiredCursor() {
        Instant issued = Instant.parse("2026-01-01T00:00:00Z");
        codec.setClock(Clock.fixed(issued, ZoneOffset.UTC));
        String cursor = codec.encode("q", List.of("v"));
        codec.setClock(Clock.fixed(issued.plus(Duration.ofHours(23)), ZoneOffset.UTC));
        assertThat(codec.decode(cursor, "q")).containsExactly("v");
        codec.setClock(Clock.fixed(issued.plus(Duration.ofHours(25)), ZoneOffset.UTC));
        assertRefused(cursor, "q", "expired");
    }

    @Test
    void refusesACursorIssuedInTheFutureBeyondTheClockSkew() {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        codec.setClock(Clock.fixed(now.plus(Duration.ofSeconds(30)), ZoneOffset.UTC));
        String slightlyAhead = codec.encode("q", List.of("v"));
        codec.setClock(Clock.fixed(now.plus(Duration.ofDays(3650)), ZoneOffset.UTC));
        String farAhead = codec.encode("q", List.of("v"));
        codec.setClock(Clock.fixed(now, ZoneOffset.UTC));
        assertThat(codec.decode(slightlyAhead, "q")).containsExactly("v");
        assertRefused(farAhead, "q", "future");
    }

    private void assertRefused(String cursor, String query, String reason) {
        assertThatThrownBy(() -> codec.decode(cursor, query))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(400);
                    assertThat(e.problem().invalidParams()).singleElement()
                            .satisfies(p -> {
                                assertThat(p.name()).isEqualTo("cursor");
                                assertThat(p.reason()).contains(reason);
                            });
                });
    }
}
