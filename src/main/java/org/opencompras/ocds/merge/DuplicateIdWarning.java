package org.opencompras.ocds.merge;

/**
 * Raised (as a warning, not an error) when objects in the same array of one release share an {@code id}: only
 * the last of them survives the merge.
 *
 * @param path the array's field path, e.g. {@code awards} or {@code nested.array}
 * @param id   the string form of the repeated {@code id}
 */
public record DuplicateIdWarning(String path, String id) {

    /** The message of the reference implementation. */
    public String message() {
        return "Multiple objects have the `id` value '" + id + "' in the `" + path + "` array";
    }
}
