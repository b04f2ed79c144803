package org.opencompras.categories;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencompras.common.api.Amount;
import org.opencompras.common.api.AnswerMeta;
import org.opencompras.common.api.ListResponse;
import org.opencompras.common.api.Paged;
import org.opencompras.contract.ItemView;

/**
 * A counted item with its category and the rule that gave it.
 *
 * @param scope    whose item it is: {@code contract}, {@code award} or {@code tender}
 * @param parentId the contract's or award's OCDS id; null for a tender item
 * @param value    quantity times unit value; null when either is missing
 * @param matched  the first rule that matched; null for {@code other}
 */
@Schema(description = "A counted item, its category and why")
public record CategorizedItem(
        @Schema(example = "ocds-5wno2w-CE-20200000123-2020-58742") String ocid,
        @Schema(example = "contract", enumeration = {"contract", "award", "tender"}) String scope,
        @Schema(description = "The contract's or award's id; null for a tender item", example = "2003581-CE-20200000123",
                nullable = true) String parentId,
        ItemView item,
        @Schema(description = "Quantity × unit value, exact; null when either is missing", nullable = true) Amount value,
        @Schema(example = "protective-supplies") String category,
        @Schema(description = "The first rule that matched; null for 'other'", nullable = true) Match matched,
        Links links) {

    /** A rule that matched. */
    @Schema(description = "The rule that matched")
    public record Match(
            @Schema(example = "keyword", enumeration = {"keyword", "cpcPrefix"}) String kind,
            @Schema(description = "The keyword or prefix, as configured", example = "mascarilla") String rule) {
    }

    /** Where the item's process is. */
    @Schema(description = "Links")
    public record Links(
            @Schema(example = "https://api.example.org/api/v1/processes/ocds-5wno2w-CE-20200000123-2020-58742")
            String process) {
    }

    /** A page of items, in the one list shape, with the shared filters it was listed by. */
    @Schema(name = "CategorizedItemList", description = "A page of classified items")
    public record Page(List<CategorizedItem> data, ListResponse.Links links, AnswerMeta meta) implements Paged {

        static Page of(ListResponse<CategorizedItem> page, Map<String, Object> filters) {
            return new Page(page.data(), page.links(), AnswerMeta.of(page.meta(), filters));
        }
    }
}
