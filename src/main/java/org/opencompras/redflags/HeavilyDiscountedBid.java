package org.opencompras.redflags;

/** R058: the winning bid is unusually far below the second-lowest valid bid. */
final class HeavilyDiscountedBid implements Indicator {

    public String code() {
        return "R058";
    }

    public String title() {
        return "Heavily discounted bid";
    }

    public String definition() {
        return "The relative difference between the winning bid and the lowest valid bid of another tenderer, "
                + "(second lowest - winner) / winner, is at least the upper fence: Q3 + 1.5 IQR of the differences "
                + "of all processes of the same source (Tukey's fence; quartiles as Cardinal computes them), or a "
                + "configured threshold. When the fence is 0 (at least three quarters of the differences are 0) no "
                + "process can be told apart and the indicator is not computable. " + BidDifferenceRules.TEXT
                + " Value: the difference.";
    }

    public Assessment assess(CompiledRelease release, RedFlagSettings settings) {
        return BidDifferenceRules.beforeFences(WinningBidDifference.of(release, settings));
    }
}
