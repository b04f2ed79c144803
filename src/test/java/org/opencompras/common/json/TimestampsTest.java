package org.opencompras.common.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class TimestampsTest {

    @Test
    void shouldAlwaysWriteSecondsAndConvertToUtc() {
        assertThat(Timestamps.rfc3339(OffsetDateTime.parse("2025-12-19T16:13:00-05:00")))
                .isEqualTo("2025-12-19T21:13:00Z");
        assertThat(Timestamps.rfc3339(OffsetDateTime.parse("2025-12-19T16:13:47.123Z")))
                .isEqualTo("2025-12-19T16:13:47Z");
    }
}
