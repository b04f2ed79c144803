package org.opencompras.redflags;

/** R024: the second-lowest valid bid is unusually close to the winning bid. */
final class PriceCloseToWinningBid implements Indicator {

    public String code() {
        return "R024";
    }

    public String title() {
        return "Price close to winning bid";
    }

    public String definition() {
        return "The relative difference between the winning bid and the lowest valid bid of another tenderer, "
                + "(second lowest - winner) / winner, is at most the lower fence: Q1 - 1.5 IQR of the differences of "
                + "all processes of the same source (Tukey's fence; quartiles as Cardinal computes them), or a "
                + "configured threshold. " + BidDifferenceRules.TEXT + " Value: the difference.";
    }

    public Assessment assess(CompiledRelease release, RedFlagSettings settings) {
        return BidDifferenceRules.beforeFences(WinningBidDifference.of(release, settings));
    }
}
