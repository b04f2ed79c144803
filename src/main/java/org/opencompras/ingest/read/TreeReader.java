package org.opencompras.ingest.read;

import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads one JSON value at a time from a parser as a tree. A number the parser cannot convert (such as
 * {@code 1e99999999999}) does not end the file: it becomes a {@link NumberOutOfRange} naming its path, and the
 * parser can be moved past the value so reading goes on. So does a value larger than one release may be
 * ({@link ReleaseSizeGuard}).
 */
final class TreeReader {

    private final ReleaseSizeGuard parser;

    TreeReader(ReleaseSizeGuard parser) {
        this.parser = parser;
    }

    /**
     * Reads the value at the current token; after a bad number, or once the value grows beyond the limits of
     * one release, skips the rest of the value and throws.
     */
    JsonNode readValue() throws IOException {
        boolean container = parser.currentToken() != null && parser.currentToken().isStructStart();
        int depth = depth();
        begin();
        try {
            return readValueIn(container ? depth : depth + 1);
        } catch (ValueRefused e) {
            end();
            skipTo(container ? depth - 1 : depth);
            throw e;
        } finally {
            end();
        }
    }

    /** Starts counting what is read against the limits of one release, from the current token on. */
    void begin() {
        parser.begin();
    }

    /** Stops counting: what is read now is streamed, not held. */
    void end() {
        parser.end();
    }

    /**
     * Reads the value at the current token, naming a bad number's path from the object or array at the given
     * nesting depth; the parser is left where the number was.
     */
    JsonNode readValueIn(int baseDepth) throws IOException {
        try {
            JsonNode node = parser.readValueAsTree();
            return node == null ? MissingNode.getInstance() : node;
        } catch (NumberFormatException | StreamConstraintsException e) {
            JsonToken token = parser.currentToken();
            if (token == null || !token.isNumeric()) {
                throw e;
            }
            throw new NumberOutOfRange(pathFrom(baseDepth), parser.getText());
        }
    }

    int depth() {
        return parser.getParsingContext().getNestingDepth();
    }

    /** Advances until the parser is back at the given nesting depth (on the end token of the value left). */
    void skipTo(int depth) throws IOException {
        while (depth() > depth && parser.nextToken() != null) {
            // only moving forward
        }
    }

    /** The path of the current token, such as awards[0].value.amount, counted from the given depth. */
    private String pathFrom(int baseDepth) {
        Deque<JsonStreamContext> contexts = new ArrayDeque<>();
        for (JsonStreamContext context = parser.getParsingContext();
                context != null && context.getNestingDepth() >= baseDepth; context = context.getParent()) {
            contexts.push(context);
        }
        String path = "";
        for (JsonStreamContext context : contexts) {
            if (context.inArray()) {
                path = Location.index(path, Math.max(context.getCurrentIndex(), 0));
            } else if (context.inObject() && context.getCurrentName() != null) {
                path = Location.field(path, context.getCurrentName());
            }
        }
        return path;
    }
}
