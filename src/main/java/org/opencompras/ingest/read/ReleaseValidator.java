package org.opencompras.ingest.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Decides whether a JSON value can be loaded as an OCDS release: it must be an object with a non-empty
 * string {@code ocid}, a non-empty string (or integer) {@code id} (at most 1,000 characters, no control
 * characters), a {@code date} with a zone offset, a
 * {@code tag} (if any) that is a string or an array of strings, and only numbers that fit a double.
 * Everything else about the release is left to later stages.
 */
public final class ReleaseValidator {

    /** Identifiers end up in URLs and indexes; real ones are far shorter. */
    public static final int MAX_IDENTIFIER_LENGTH = 1000;

    private ReleaseValidator() {
    }

    /** Why the value cannot be loaded as a release, or empty if it can. */
    public static Optional<String> problem(JsonNode release) {
        if (release == null || !release.isObject()) {
            return Optional.of("a release must be a JSON object, found " + describe(release));
        }
        String problem = identifierProblem(release, "ocid", false);
        if (problem == null) {
            problem = identifierProblem(release, "id", true);
        }
        if (problem == null) {
            problem = dateProblem(release.get("date"));
        }
        if (problem == null) {
            problem = tagProblem(release.get("tag"));
        }
        if (problem == null) {
            problem = NumberRangeCheck.firstProblem(release);
        }
        return Optional.ofNullable(problem);
    }

    private static String identifierProblem(JsonNode release, String field, boolean integerAllowed) {
        JsonNode value = release.get(field);
        if (value == null || value.isNull()) {
            return "missing " + field;
        }
        if (integerAllowed && value.isIntegralNumber()) {
            return null;
        }
        if (!value.isTextual()) {
            return field + " must be a string, found " + describe(value);
        }
        String text = value.asText();
        if (text.isBlank()) {
            return field + " is empty";
        }
        if (text.length() > MAX_IDENTIFIER_LENGTH) {
            return field + " is longer than " + MAX_IDENTIFIER_LENGTH + " characters";
        }
        if (text.chars().anyMatch(Character::isISOControl)) {
            return field + " contains a control character";
        }
        return null;
    }

    private static String dateProblem(JsonNode date) {
        if (date == null || date.isNull()) {
            return "missing date";
        }
        if (!date.isTextual()) {
            return "date must be a string, found " + describe(date);
        }
        try {
            OffsetDateTime.parse(date.asText());
            return null;
        } catch (DateTimeParseException e) {
            return "date \"" + date.asText() + "\" is not an ISO 8601 date-time with a zone offset"
                    + " (e.g. 2020-03-01T10:00:00-05:00)";
        }
    }

    private static String tagProblem(JsonNode tag) {
        if (tag == null || tag.isNull() || tag.isTextual()) {
            return null;
        }
        if (!tag.isArray()) {
            return "tag must be an array of strings, found " + describe(tag);
        }
        for (int i = 0; i < tag.size(); i++) {
            if (!tag.get(i).isTextual()) {
                return "tag[" + i + "] must be a string, found " + describe(tag.get(i));
            }
        }
        return null;
    }

    /** A short description of a JSON value's type, for messages. */
    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> "a " + node.getNodeType().name().toLowerCase();
        };
    }
}
