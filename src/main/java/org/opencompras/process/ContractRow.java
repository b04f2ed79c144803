package org.opencompras.process;

import java.time.OffsetDateTime;

/** A contract ({@code contracts[]}), a row of {@code contract}. */
public record ContractRow(
        String contractId,
        String awardId,
        String title,
        String description,
        String status,
        OffsetDateTime dateSigned,
        Period period,
        Money value) {
}
