package org.opencompras.categories;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencompras.common.api.AnswerMeta;

/** The data of {@code /analytics/categories}: the rules, how they are applied, and the filtered spend per category. */
@Schema(description = "The classifier's rules and, over the filtered processes, the items and spend per category")
public record CategorySpend(
        @Schema(description = "Which items are counted", example = CategoryExamples.ITEMS_COUNTED) String itemsCounted,
        @Schema(description = "How an item's category is chosen", example = CategoryExamples.PRECEDENCE) String precedence,
        @Schema(description = "The categories in order, with their rules and totals; 'other' last")
        List<Entry> categories) {

    /** The spend and what it was computed from. */
    @Schema(name = "CategorySpendAnswer", description = "The spend per category and what it was computed from")
    public record Answer(CategorySpend data, AnswerMeta meta) {
    }

    /** A category, its rules (none for 'other') and its totals. */
    @Schema(description = "A category with its rules and totals")
    public record Entry(
            @Schema(example = "protective-supplies") String code,
            @Schema(example = "Insumos de protección") String name,
            @Schema(description = "Keywords, tried before any CPC prefix", example = "[\"mascarilla\", \"guante\"]")
            List<String> keywords,
            @Schema(description = "CPC code prefixes", example = "[\"36950\"]") List<String> cpcPrefixes,
            @Schema(description = "Counted items in the category, with or without a value", example = "2210") long items,
            @Schema(description = "Processes with at least one such item", example = "356") long processes,
            @Schema(description = "Value per currency") List<CurrencyValue> values) {
    }
}
