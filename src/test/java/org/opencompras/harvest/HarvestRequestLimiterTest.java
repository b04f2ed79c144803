package org.opencompras.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HarvestRequestLimiterTest {

    private static final int PER_MINUTE = 50;

    @Test
    void shouldNeverLetASixtySecondWindowHoldMoreThanTheLimit() throws InterruptedException {
        var clock = new FakeHarvestClock();
        var limiter = new RequestLimiter(PER_MINUTE, clock);
        List<Instant> sent = new ArrayList<>();
        for (int i = 0; i < 4 * PER_MINUTE + 7; i++) {
            sent.add(limiter.acquire());
            if (i % 9 == 0) {
                // Some requests take a while themselves: the limiter must count from when each was sent.
                clock.sleep(Duration.ofMillis(1700));
            }
        }

        for (int i = 0; i + PER_MINUTE < sent.size(); i++) {
            assertThat(Duration.between(sent.get(i), sent.get(i + PER_MINUTE)))
                    .as("requests %d and %d", i, i + PER_MINUTE).isGreaterThanOrEqualTo(Duration.ofSeconds(60));
        }
        // And it does not wait more than it must: the 51st request goes exactly 60 s after the first.
        assertThat(sent.get(PER_MINUTE)).isEqualTo(sent.get(0).plusSeconds(60));
        assertThat(Duration.between(sent.get(0), sent.get(sent.size() - 1))).isLessThan(Duration.ofMinutes(5));
    }

    @Test
    void shouldSendAtOnceWhileUnderTheLimit() throws InterruptedException {
        var clock = new FakeHarvestClock();
        var limiter = new RequestLimiter(PER_MINUTE, clock);
        for (int i = 0; i < PER_MINUTE; i++) {
            limiter.acquire();
        }
        assertThat(clock.sleeps()).isEmpty();
        assertThat(clock.now()).isEqualTo(FakeHarvestClock.START);
    }

    @Test
    void shouldRefuseALimitBelowOne() {
        assertThatThrownBy(() -> new RequestLimiter(0, new FakeHarvestClock()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
    }
}
