package org.opencompras.feed;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.util.ArrayList;
import java.util.List;
import org.opencompras.common.api.ApiLinks;
import org.opencompras.common.json.Json;
import org.opencompras.common.json.Timestamps;
import org.opencompras.feed.ChangeService.Event;

/**
 * Turns change events into feed entries. A release added is one upsert; a release replaced is a tombstone of
 * the copy set aside followed by an upsert of the new copy; a process whose compiled release changed is one
 * upsert of its compiled hash. Applied in order, the entries leave a client with the stored releases and
 * processes.
 */
final class ChangeEntries {

    private ChangeEntries() {
    }

    /** An entry and its position in the feed. */
    record Entry(Watermark watermark, ObjectNode json) {
    }

    static List<Entry> of(Event event) {
        List<Entry> entries = new ArrayList<>();
        switch (event.kind()) {
            case "release_added" -> entries.add(release(new Watermark(event.seq(), 0), event));
            case "release_replaced" -> {
                entries.add(releaseTombstone(new Watermark(event.seq(), 0), event, event.previousHash()));
                entries.add(release(new Watermark(event.seq(), 1), event));
            }
            case "process_compiled" -> entries.add(process(new Watermark(event.seq(), 0), event));
            default -> throw new IllegalStateException("Unknown change kind " + event.kind());
        }
        return entries;
    }

    private static Entry release(Watermark watermark, Event event) {
        if (event.releaseJson() == null) {
            return releaseTombstone(watermark, event, event.hash());
        }
        ObjectNode json = start(watermark, "release", "upsert", event);
        json.put("releaseId", event.releaseId());
        json.put("hash", event.hash());
        json.put("date", Timestamps.rfc3339(event.releaseDate()));
        json.putRawValue("release", new RawValue(event.releaseJson()));
        return new Entry(watermark, json);
    }

    private static Entry releaseTombstone(Watermark watermark, Event event, String hash) {
        ObjectNode json = start(watermark, "release", "tombstone", event);
        json.put("releaseId", event.releaseId());
        json.put("hash", hash);
        return new Entry(watermark, json);
    }

    private static Entry process(Watermark watermark, Event event) {
        ObjectNode json = start(watermark, "process", event.processStored() ? "upsert" : "tombstone", event);
        json.put("compiledHash", event.hash());
        if (event.processStored()) {
            String ocid = ApiLinks.encodePath(event.ocid());
            ObjectNode links = json.putObject("links");
            links.put("process", "/api/v1/processes/" + ocid);
            links.put("record", "/api/v1/records/" + ocid);
        }
        return new Entry(watermark, json);
    }

    private static ObjectNode start(Watermark watermark, String type, String action, Event event) {
        ObjectNode json = Json.mapper().createObjectNode();
        json.put("watermark", watermark.encode());
        json.put("type", type);
        json.put("action", action);
        json.put("ocid", event.ocid());
        return json;
    }
}
