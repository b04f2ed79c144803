package org.opencompras.ingest.read;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;

/**
 * A parser that stops a value being read as a tree once it grows beyond {@link ReadLimits}: Jackson builds a
 * tree token by token through this parser, so the value is refused after at most the allowed bytes and
 * values have been held, never after the whole of it. Counting runs only between {@link #begin} and
 * {@link #end}; streaming past the releases of a package costs nothing.
 */
final class ReleaseSizeGuard extends JsonParserDelegate {

    private final ReadLimits limits;
    private boolean counting;
    private long start;
    private long values;

    ReleaseSizeGuard(JsonParser parser, ReadLimits limits) {
        super(parser);
        this.limits = limits;
    }

    /** Starts counting a value at the current token (its first token, already read). */
    void begin() {
        counting = true;
        start = offset(delegate.currentTokenLocation());
        values = delegate.currentToken() == null ? 0 : 1;
    }

    void end() {
        counting = false;
    }

    @Override
    public JsonToken nextToken() throws IOException {
        JsonToken token = delegate.nextToken();
        if (counting && token != null) {
            if (token != JsonToken.FIELD_NAME && !token.isStructEnd() && ++values > limits.maxReleaseValues()) {
                counting = false;
                throw new ValueRefused(String.format("the release holds more than %,d JSON values "
                        + "(opencompras.ingest.max-release-values)", limits.maxReleaseValues()));
            }
            if (offset(delegate.currentLocation()) - start > limits.maxReleaseBytes()) {
                counting = false;
                throw new ValueRefused(String.format("the release is larger than %,d bytes "
                        + "(opencompras.ingest.max-release-bytes)", limits.maxReleaseBytes()));
            }
        }
        return token;
    }

    /** Bytes for UTF-8 input; characters when the parser decodes UTF-16 or UTF-32 and knows no byte offset. */
    private static long offset(JsonLocation location) {
        return location.getByteOffset() >= 0 ? location.getByteOffset() : location.getCharOffset();
    }
}
