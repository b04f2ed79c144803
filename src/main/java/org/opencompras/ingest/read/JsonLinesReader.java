package org.opencompras.ingest.read;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads JSON lines: one JSON value (a release, or a package of releases) per line, positioned as
 * {@code line N}. A malformed line is reported and reading continues with the next line. Blank lines are
 * ignored.
 */
final class JsonLinesReader {

    private final ObjectMapper mapper;
    private final ReleaseEmitter emitter;
    private final ReadLimits limits;

    JsonLinesReader(ObjectMapper mapper, ReleaseEmitter emitter, ReadLimits limits) {
        this.mapper = mapper;
        this.emitter = emitter;
        this.limits = limits;
    }

    /** Reads every line; failures of the stream itself (not of the JSON in it) are thrown. */
    void read(InputStream in, String name) throws IOException {
        LineInputStream lines = new LineInputStream(in);
        long lineNumber = 0;
        boolean anyContent = false;
        while (lines.nextLine()) {
            lineNumber++;
            Location location = new Location(name, "line " + lineNumber);
            RawTextRecorder recorder = new RawTextRecorder(lines);
            try (ReleaseSizeGuard parser = new ReleaseSizeGuard(mapper.createParser(recorder), limits)) {
                parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
                ReleaseWalker walker = new ReleaseWalker(parser, mapper.getNodeFactory(), emitter, location,
                        recorder);
                try {
                    while (parser.nextToken() != null) {
                        anyContent = true;
                        walker.walkRoot(location);
                    }
                } catch (JsonProcessingException e) {
                    anyContent = true;
                    emitter.rejected(walker.currentPosition(), JsonErrors.reason(e, parser.currentLocation(), lineNumber));
                }
            }
        }
        if (!anyContent) {
            emitter.rejected(name, "the file has no JSON content");
        }
    }
}
