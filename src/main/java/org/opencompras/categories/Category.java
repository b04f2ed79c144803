package org.opencompras.categories;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A category of the classifier and its rules.
 *
 * @param keywords    matched where a word starts, in an item's description and its classification's description,
 *                    accents and case ignored
 * @param cpcPrefixes matched at the start of an item's CPC code
 */
@Schema(description = "A category of the item classifier and the rules that put an item in it")
public record Category(
        @Schema(description = "The category's code, as the `category` parameters take it", example = "protective-supplies")
        String code,
        @Schema(description = "Its name", example = "Insumos de protección") String name,
        @Schema(description = "Keywords, matched where a word starts in the item's and its classification's "
                + "descriptions, accents and case ignored", example = "[\"mascarilla\", \"guante\"]")
        List<String> keywords,
        @Schema(description = "CPC code prefixes, matched on items classified with the CPC scheme",
                example = "[\"36950\"]")
        List<String> cpcPrefixes) {

    /** The category of items that no rule matches. */
    public static final String OTHER = "other";
}
