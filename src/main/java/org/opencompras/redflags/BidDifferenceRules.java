package org.opencompras.redflags;

/** What R024 and R058 share: when the bid difference exists, and its result before the fences are known. */
final class BidDifferenceRules {

    static final String TEXT = "Not computable when prices are set by the buyer, when an award is not final, when "
            + "there is not exactly one active award to one supplier, when bids are by several tenderers together "
            + "or in several currencies (unless a currency is configured), when the winner or another tenderer "
            + "has no valid bid with a price, or when the lowest bid did not win (the award criteria were not "
            + "price only).";

    private BidDifferenceRules() {
    }

    /** Not computable with the reason, or the difference, whose outcome the source-wide fence decides later. */
    static Assessment beforeFences(WinningBidDifference difference) {
        return difference.ratio() == null ? Assessment.notComputable(difference.reason())
                : new Assessment(Outcome.notFlagged, difference.ratio(), null, null);
    }
}
