package org.opencompras.filter;

import java.util.List;

/**
 * What a list is made of, and so what its filters apply to. Each list's query names its tables with these
 * aliases: {@code p} for the process, {@code c} for the contract, {@code a} for the award.
 */
public enum FilterTarget {
    CONTRACT(List.of("pending", "active", "cancelled", "terminated")),
    AWARD(List.of("pending", "active", "cancelled", "unsuccessful")),
    PROCESS(List.of("planning", "planned", "active", "cancelled", "unsuccessful", "complete", "withdrawn"));

    private final List<String> statuses;

    FilterTarget(List<String> statuses) {
        this.statuses = statuses;
    }

    /** The OCDS status codelist of this kind of item. */
    public List<String> statuses() {
        return statuses;
    }
}
