package org.opencompras.ingest.read;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a stream of whitespace-separated JSON values: a single JSON document, or several concatenated. The
 * second and later values are positioned as {@code value 2}, {@code value 3}... Malformed JSON stops the
 * stream, since a parser cannot find the next value after it; what was read before stays delivered.
 */
final class JsonValuesReader {

    private final ObjectMapper mapper;
    private final ReleaseEmitter emitter;
    private final ReadLimits limits;

    JsonValuesReader(ObjectMapper mapper, ReleaseEmitter emitter, ReadLimits limits) {
        this.mapper = mapper;
        this.emitter = emitter;
        this.limits = limits;
    }

    /** Reads everything; failures of the stream itself (not of the JSON in it) are thrown. */
    void read(InputStream in, String name) throws IOException {
        Location location = new Location(name, "");
        RawTextRecorder recorder = new RawTextRecorder(in);
        try (ReleaseSizeGuard parser = new ReleaseSizeGuard(mapper.createParser(recorder), limits)) {
            parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
            ReleaseWalker walker = new ReleaseWalker(parser, mapper.getNodeFactory(), emitter, location, recorder);
            int values = 0;
            try {
                while (parser.nextToken() != null) {
                    values++;
                    walker.walkRoot(location.withPrefix(values == 1 ? "" : "value " + values));
                }
                if (values == 0) {
                    emitter.rejected(name, "the file has no JSON content");
                }
            } catch (JsonProcessingException e) {
                emitter.rejected(walker.currentPosition(), JsonErrors.reason(e, parser.currentLocation(), 0));
            }
        }
    }
}
