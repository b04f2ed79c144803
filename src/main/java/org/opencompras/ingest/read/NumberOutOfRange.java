package org.opencompras.ingest.read;

/** A number the parser could not turn into a value (too large, too long), found at a path inside a release. */
final class NumberOutOfRange extends ValueRefused {

    NumberOutOfRange(String path, String number) {
        super((path.isEmpty() ? "" : path + ": ") + "number " + shorten(number) + " is out of range");
    }

    private static String shorten(String number) {
        return number.length() <= 40 ? number : number.substring(0, 20) + "... (" + number.length() + " characters)";
    }
}
