package org.opencompras.process;

import java.time.OffsetDateTime;

/** An award ({@code awards[]}), a row of {@code award}. */
public record AwardRow(
        String awardId, String title, String description, String status, OffsetDateTime date, Money value) {
}
