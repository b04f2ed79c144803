package org.opencompras.ocds.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * Merges the releases of one contracting process (one {@code ocid}) into a compiled release (the latest value
 * of every field) or a versioned release (the history of every field), following the OCDS merging
 * specification as its reference implementation, ocds-merge, applies it. The releases are read, never changed;
 * the result shares no nodes with them. Instances hold no state between calls and can be shared by threads.
 */
public final class ReleaseMerger {

    private static final Logger LOG = Logger.getLogger(ReleaseMerger.class);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<Object> TAG = List.of("tag");
    private static final List<Object> ID = List.of("id");
    private static final List<Object> DATE = List.of("date");
    private static final List<Object> OCID = List.of("ocid");

    private final ReleaseFlattener flattener;

    public ReleaseMerger(MergeRules rules) {
        this(rules, warning -> LOG.warn(warning.message()));
    }

    /** A merger that reports objects sharing an {@code id} to {@code warnings} instead of the log. */
    public ReleaseMerger(MergeRules rules, Consumer<DuplicateIdWarning> warnings) {
        this.flattener = new ReleaseFlattener(rules, warnings);
    }

    /**
     * The compiled release: {@code tag} is {@code ["compiled"]}, {@code id} is {@code {ocid}-{date}} and
     * {@code date} is that of the latest release.
     */
    public ObjectNode compile(List<? extends JsonNode> releases) {
        Map<List<Object>, JsonNode> merged = new LinkedHashMap<>();
        merged.put(TAG, NODES.arrayNode().add("compiled"));
        for (JsonNode release : ReleaseOrder.byDate(releases)) {
            JsonNode ocid = field(release, "ocid");
            JsonNode date = field(release, "date");
            merged.put(ID, NODES.textNode(pythonString(ocid) + "-" + pythonString(date)));
            merged.put(DATE, date);
            // OCDS 1.0 marks `ocid` as omitted when merged, but a compiled release needs it.
            merged.put(OCID, ocid);
            merged.putAll(flattener.flatten(release, List.of("tag")));
        }
        return ReleaseUnflattener.unflatten(merged);
    }

    /**
     * The versioned release: {@code ocid} as is, and every other field as the list of its values, each with the
     * {@code releaseID}, {@code releaseDate} and {@code releaseTag} of the release that set it. A value is only
     * added when it differs from the previous one. {@code id}s of objects in arrays are not versioned.
     */
    public ObjectNode versioned(List<? extends JsonNode> releases) {
        Map<List<Object>, JsonNode> merged = new LinkedHashMap<>();
        for (JsonNode release : ReleaseOrder.byDate(releases)) {
            merged.put(OCID, field(release, "ocid"));
            Map<List<Object>, JsonNode> flat = flattener.flatten(release, List.of("tag", "ocid"));
            flat.forEach((path, value) -> addVersion(merged, path, value, release));
        }
        return ReleaseUnflattener.unflatten(merged);
    }

    private static void addVersion(Map<List<Object>, JsonNode> merged, List<Object> path, JsonNode value,
                                   JsonNode release) {
        ArrayNode history = (ArrayNode) merged.get(path);
        if (history != null && JsonEquality.equal(value, history.get(history.size() - 1).get("value"))) {
            return;
        }
        if (history == null) {
            history = NODES.arrayNode();
            merged.put(path, history);
        }
        ObjectNode version = history.addObject();
        version.set("releaseID", field(release, "id").deepCopy());
        version.set("releaseDate", field(release, "date").deepCopy());
        version.set("releaseTag", field(release, "tag").deepCopy());
        version.set("value", value.deepCopy());
    }

    private static JsonNode field(JsonNode release, String name) {
        JsonNode value = release.get(name);
        return value == null ? NullNode.getInstance() : value;
    }

    /** How the reference implementation (Python) writes a value into the compiled release's {@code id}. */
    private static String pythonString(JsonNode value) {
        return value.isNull() ? "None" : value.isTextual() ? value.textValue() : value.toString();
    }
}
