package org.opencompras.emergency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/**
 * What an emergency procedure is expected to look like, under {@code opencompras.emergency}; the flags of
 * {@code /analytics/emergency/flags} are the procedures that do not.
 */
@ConfigMapping(prefix = "opencompras.emergency")
public interface EmergencyConfig {

    /**
     * A contract of an emergency procedure whose period is longer than this many days is flagged (environment
     * variable {@code OPENCOMPRAS_EMERGENCY_MAX_PERIOD_DAYS}). An emergency meets an immediate need.
     */
    @WithDefault("180")
    int maxPeriodDays();

    /**
     * Keywords of what emergency procedures are expected to buy, matched like the category keywords (where a word
     * starts, accents and case ignored), comma-separated. When neither this nor {@link #cpcPrefixes()} is set, the
     * rules of every category of the item classifier (the four COVID-19 groups by default) are used.
     */
    Optional<List<String>> keywords();

    /** CPC code prefixes of what emergency procedures are expected to buy, comma-separated; see {@link #keywords()}. */
    Optional<List<String>> cpcPrefixes();
}
