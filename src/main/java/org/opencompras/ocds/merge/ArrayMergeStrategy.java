package org.opencompras.ocds.merge;

/**
 * An override of the identifier merge for one array, for publishers whose objects carry unreliable {@code id}s.
 */
public enum ArrayMergeStrategy {
    /** Every object of every release is appended, even when its {@code id} was seen before. */
    APPEND,
    /** Objects are matched by their position in the array instead of by their {@code id}. */
    MERGE_BY_POSITION
}
