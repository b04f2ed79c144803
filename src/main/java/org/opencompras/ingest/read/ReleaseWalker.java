package org.opencompras.ingest.read;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * Walks one root JSON value token by token and passes every release in it to a {@link ReleaseEmitter}. The
 * value may be a release package, a record package, a bare release, or an array of these. Only one release
 * (plus the package's metadata) is held in memory at a time; packages are never read whole.
 */
final class ReleaseWalker {

    private final ReleaseSizeGuard parser;
    private final TreeReader trees;
    private final JsonNodeFactory nodes;
    private final ReleaseEmitter emitter;
    private final RecordWalker records;
    private final RawTextRecorder recorder;
    private Location location;
    private String currentPath = "";
    private String lastText;

    /** @param recorder the stream under the parser, to take each release's text from; null to keep values only */
    ReleaseWalker(ReleaseSizeGuard parser, JsonNodeFactory nodes, ReleaseEmitter emitter, Location location,
                  RawTextRecorder recorder) {
        this.parser = parser;
        this.recorder = recorder;
        this.trees = new TreeReader(parser);
        this.nodes = nodes;
        this.emitter = emitter;
        this.location = location;
        this.records = new RecordWalker(this, emitter);
    }

    /** Reads the root value starting at the parser's current token; positions are reported under the location. */
    void walkRoot(Location rootLocation) throws IOException {
        location = rootLocation;
        currentPath = "";
        if (parser.currentToken() == JsonToken.START_ARRAY) {
            int i = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                walkItem(Location.index("", i++));
            }
        } else {
            walkItem("");
        }
    }

    /** The position of what is being read now, for reporting a failure in the middle of it. */
    String currentPosition() {
        return location.at(currentPath);
    }

    private void walkItem(String path) throws IOException {
        enter(path);
        if (parser.currentToken() == JsonToken.START_OBJECT) {
            walkObject(path);
        } else {
            JsonNode value = readOrReject(path);
            if (value != null) {
                emitter.release(position(path), value, lastText, PackageInfo.NONE);
            }
        }
    }

    /** An object is a package if it has a releases or records array, and otherwise a bare release. */
    private void walkObject(String path) throws IOException {
        long start = startOffset();
        ObjectNode fields = nodes.objectNode();
        boolean isPackage;
        int depth = trees.depth();
        trees.begin();
        try {
            isPackage = walkFields(path, fields);
        } catch (ValueRefused e) {
            trees.end();
            trees.skipTo(depth - 1);
            emitter.rejected(position(path), e.getMessage());
            return;
        } finally {
            trees.end();
        }
        if (isPackage) {
            emitter.packageRead(PackageInfo.of(fields));
            return;
        }
        JsonNode misplaced = fields.has("releases") ? fields.get("releases") : fields.get("records");
        if (misplaced != null && !fields.has("ocid")) {
            String field = fields.has("releases") ? "releases" : "records";
            emitter.rejected(position(path), "package " + field + " must be an array, found "
                    + ReleaseValidator.describe(misplaced));
        } else {
            emitter.release(position(path), fields, textSince(start), PackageInfo.NONE);
        }
    }

    /** Reads the fields of an object, streaming its releases or records; true if it turned out a package. */
    private boolean walkFields(String path, ObjectNode fields) throws IOException {
        boolean isPackage = false;
        int depth = trees.depth();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (value == JsonToken.START_ARRAY && name.equals("releases")) {
                isPackage = true;
                trees.end();
                walkReleases(Location.field(path, "releases"), PackageInfo.of(fields));
                trees.begin();
            } else if (value == JsonToken.START_ARRAY && name.equals("records")) {
                isPackage = true;
                trees.end();
                records.walkRecords(Location.field(path, "records"), PackageInfo.of(fields));
                trees.begin();
            } else {
                fields.set(name, trees.readValueIn(depth));
            }
            enter(path);
        }
        return isPackage;
    }

    private void walkReleases(String path, PackageInfo packageInfo) throws IOException {
        int i = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            String releasePath = Location.index(path, i++);
            JsonNode release = readOrReject(releasePath);
            if (release != null) {
                emitter.release(position(releasePath), release, lastText, packageInfo);
            }
        }
    }

    JsonParser parser() {
        return parser;
    }

    /**
     * Reads the value at the current token (a release, or what should be one) as a tree, leaving the parser on
     * its last token; returns null if it was rejected (a number out of range, too large a release).
     */
    JsonNode readOrReject(String path) throws IOException {
        enter(path);
        long start = startOffset();
        try {
            JsonNode value = trees.readValue();
            lastText = textSince(start);
            return value;
        } catch (ValueRefused e) {
            emitter.rejected(position(path), e.getMessage());
            return null;
        }
    }

    /** The published text of the value {@link #readOrReject} read last, or null when it was not recorded. */
    String lastText() {
        return lastText;
    }

    /** Where the current token starts; the recorder may forget what came before. */
    private long startOffset() {
        long offset = parser.currentTokenLocation().getByteOffset();
        if (recorder != null && offset >= 0) {
            recorder.forgetBefore(offset);
        }
        return offset;
    }

    /** The text from the offset to the end of the token just read, if recorded and plainly one object. */
    private String textSince(long start) {
        if (recorder == null || start < 0) {
            return null;
        }
        String text = recorder.text(start, parser.currentLocation().getByteOffset());
        return text != null && text.startsWith("{") && text.endsWith("}") ? text : null;
    }

    void enter(String path) {
        currentPath = path;
    }

    String position(String path) {
        return location.at(path);
    }
}
