package org.opencompras.ingest.read;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/**
 * Reads the records array of a record package. A record contributes its embedded releases; a record whose
 * releases are only linked (objects with a url but no ocid and id) or absent contributes its compiledRelease
 * instead. Other parts of a record, such as a versionedRelease, are skipped without being built in memory.
 */
final class RecordWalker {

    private final ReleaseWalker walker;
    private final ReleaseEmitter emitter;

    RecordWalker(ReleaseWalker walker, ReleaseEmitter emitter) {
        this.walker = walker;
        this.emitter = emitter;
    }

    void walkRecords(String path, PackageInfo packageInfo) throws IOException {
        JsonParser parser = walker.parser();
        int i = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            String recordPath = Location.index(path, i++);
            walker.enter(recordPath);
            if (parser.currentToken() == JsonToken.START_OBJECT) {
                walkRecord(recordPath, packageInfo);
            } else {
                JsonNode notARecord = walker.readOrReject(recordPath);
                if (notARecord != null) {
                    emitter.rejected(walker.position(recordPath),
                            "a record must be a JSON object, found " + ReleaseValidator.describe(notARecord));
                }
            }
        }
    }

    private void walkRecord(String path, PackageInfo packageInfo) throws IOException {
        JsonParser parser = walker.parser();
        JsonNode compiledRelease = null;
        String compiledText = null;
        int embedded = 0;
        int linked = 0;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (name.equals("releases") && value == JsonToken.START_ARRAY) {
                String releasesPath = Location.field(path, "releases");
                int i = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    String releasePath = Location.index(releasesPath, i++);
                    JsonNode release = walker.readOrReject(releasePath);
                    if (release == null) {
                        embedded++;
                    } else if (isLinked(release)) {
                        linked++;
                    } else {
                        embedded++;
                        emitter.release(walker.position(releasePath), release, walker.lastText(), packageInfo);
                    }
                }
            } else if (name.equals("compiledRelease") && embedded == 0) {
                compiledRelease = walker.readOrReject(Location.field(path, "compiledRelease"));
                compiledText = walker.lastText();
                if (compiledRelease == null) {
                    embedded++; // already reported; nothing left to stand in for the releases
                }
            } else {
                parser.skipChildren();
            }
            walker.enter(path);
        }
        if (embedded > 0) {
            return;
        }
        if (compiledRelease != null) {
            emitter.release(walker.position(Location.field(path, "compiledRelease")), compiledRelease, compiledText,
                    packageInfo);
        } else if (linked > 0) {
            emitter.rejected(walker.position(path), "record has only linked releases and no compiledRelease");
        } else {
            emitter.rejected(walker.position(path), "record has neither releases nor a compiledRelease");
        }
    }

    /** A linked release only points at a release published elsewhere: it has a url but no ocid or id. */
    private static boolean isLinked(JsonNode release) {
        return release.isObject() && release.has("url") && !release.has("ocid") && !release.has("id");
    }
}
