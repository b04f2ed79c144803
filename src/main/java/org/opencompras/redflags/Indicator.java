package org.opencompras.redflags;

/** A red-flag indicator assessed on one process's compiled release. */
interface Indicator {

    String code();

    String title();

    /** How the indicator is computed, and what it excludes. */
    String definition();

    Assessment assess(CompiledRelease release, RedFlagSettings settings);
}
