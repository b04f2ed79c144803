package org.opencompras.ingest.read;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.regex.Pattern;

/** Writes the parser's complaint about malformed input as a reason for users, with line and column. */
final class JsonErrors {

    private static final String INVALID_UTF8 = "Invalid UTF-8 ";
    private static final Pattern SOURCE = Pattern.compile("\\[Source: [^\\]]*?; (line: \\d+, column: \\d+)]");
    private static final Pattern CODE_REFERENCE = Pattern.compile(",? *from `[^`]*`");

    private JsonErrors() {
    }

    /**
     * The reason for a parse failure.
     *
     * @param parserLocation where the parser was, for failures that carry no location of their own
     * @param fileLine       the line of the file when the parser only saw that one line (JSON lines), 0 otherwise
     */
    static String reason(JsonProcessingException e, JsonLocation parserLocation, long fileLine) {
        String message = clean(e.getOriginalMessage());
        String where = where(e.getLocation() != null ? e.getLocation() : parserLocation, fileLine);
        if (message.startsWith(INVALID_UTF8)) {
            return "invalid UTF-8" + where + ": " + message.substring(INVALID_UTF8.length());
        }
        if (e instanceof StreamConstraintsException) {
            return "input exceeds a limit of the JSON parser" + where + ": " + message;
        }
        return "invalid JSON" + where + ": " + message;
    }

    private static String where(JsonLocation location, long fileLine) {
        if (location == null || location.getLineNr() < 0) {
            return "";
        }
        long line = fileLine > 0 ? fileLine : location.getLineNr();
        return " at line " + line + " column " + location.getColumnNr();
    }

    /** Drops the parser's description of its input source, which means nothing to users. */
    private static String clean(String message) {
        if (message == null || message.isBlank()) {
            return "unreadable input";
        }
        String withoutSource = SOURCE.matcher(message).replaceAll("[$1]");
        return CODE_REFERENCE.matcher(withoutSource).replaceAll("").strip();
    }
}
