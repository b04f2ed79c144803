package org.opencompras.ocds.merge;

/**
 * How the release schema tells the merge to treat one field path.
 */
public enum FieldRule {
    /** The field is dropped from merged releases ({@code omitWhenMerged}, or {@code ocdsOmit} in OCDS 1.0). */
    OMIT_WHEN_MERGED,
    /** The field's value replaces the earlier value as a whole ({@code wholeListMerge}, or {@code ocdsVersion}). */
    WHOLE_LIST_MERGE
}
