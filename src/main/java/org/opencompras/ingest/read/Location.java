package org.opencompras.ingest.read;

/**
 * Builds the human-readable positions reported to a {@link ReleaseSink}: the input's name, then where in it,
 * e.g. {@code dump.zip!2020-03.json: [3].releases[0]} or {@code lines.jsonl: line 4}.
 *
 * @param name   the file or archive entry
 * @param prefix which root value of the file ({@code line 4}, {@code value 2}); empty for the first value
 */
record Location(String name, String prefix) {

    /** The position of a path (such as {@code releases[12]}) inside the current root value. */
    String at(String path) {
        String detail = prefix.isEmpty() ? path : path.isEmpty() ? prefix : prefix + ", " + path;
        return detail.isEmpty() ? name : name + ": " + detail;
    }

    Location withPrefix(String newPrefix) {
        return new Location(name, newPrefix);
    }

    static String field(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    static String index(String path, int index) {
        return path + "[" + index + "]";
    }
}
