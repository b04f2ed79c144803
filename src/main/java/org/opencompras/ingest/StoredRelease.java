package org.opencompras.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.opencompras.common.hash.Sha256;
import org.opencompras.common.json.Json;

/**
 * A validated release as it is kept: its key, date, tags, its JSON text (the values and key order it was
 * published with) and a SHA-256 of its content. The hash is taken with keys sorted, so two copies that differ
 * only in key order are the same release.
 */
record StoredRelease(String ocid, String releaseId, OffsetDateTime date, List<String> tags, String json,
                     String hash) {

    private static final ObjectWriter CANONICAL = Json.mapper().writer()
            .with(JsonNodeFeature.WRITE_PROPERTIES_SORTED);

    /** @param publishedText the release's text as published, kept as is when known */
    static StoredRelease of(ObjectNode release, String publishedText) {
        String json;
        String canonical;
        try {
            json = publishedText != null ? publishedText : Json.mapper().writeValueAsString(release);
            canonical = CANONICAL.writeValueAsString(release);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A parsed release could not be written back", e);
        }
        return new StoredRelease(release.get("ocid").asText(), release.get("id").asText(),
                OffsetDateTime.parse(release.get("date").asText()), tags(release.get("tag")), json,
                Sha256.hex(canonical));
    }

    ReleaseKey key() {
        return new ReleaseKey(ocid, releaseId);
    }

    private static List<String> tags(JsonNode tag) {
        List<String> tags = new ArrayList<>();
        if (tag != null && tag.isArray()) {
            tag.forEach(t -> tags.add(t.asText()));
        } else if (tag != null && tag.isTextual()) {
            tags.add(tag.asText());
        }
        return tags;
    }

    /** What identifies a release: its process and its id within the process. */
    record ReleaseKey(String ocid, String releaseId) {
    }
}
