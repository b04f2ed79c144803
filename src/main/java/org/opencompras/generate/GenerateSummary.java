package org.opencompras.generate;

/**
 * What a call to {@link SampleGenerator#generate} wrote.
 *
 * @param processes contracting processes (distinct ocids)
 * @param releases  releases, two or three per process
 * @param awards    awards (processes that did not fail)
 * @param contracts contracts (awarded processes that were signed)
 * @param buyers    buyers in the catalog the processes drew from
 * @param suppliers suppliers in the catalog the processes drew from
 * @param planted   what was planted, and where
 */
public record GenerateSummary(int processes, long releases, long awards, long contracts, int buyers, int suppliers,
                              PlantedFacts planted) {
}
