package org.opencompras.ocds.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Rebuilds a JSON object from flattened paths, in the order the paths were first seen. Array items are found
 * again by their {@link ArrayItemKey#identity()}; a new item starts with its original {@code id}. Leaves are
 * copied, and {@code null} leaves are left out (a {@code null} in a later release removes the field).
 */
final class ReleaseUnflattener {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ReleaseUnflattener() {
    }

    static ObjectNode unflatten(Map<List<Object>, JsonNode> flat) {
        ObjectNode root = NODES.objectNode();
        // The array items built so far, keyed by the path of their array plus their identity.
        Map<List<Object>, ObjectNode> items = new HashMap<>();
        flat.forEach((path, value) -> place(root, path, value, items));
        return root;
    }

    private static void place(ObjectNode root, List<Object> path, JsonNode value, Map<List<Object>, ObjectNode> items) {
        JsonNode current = root;
        for (int end = 1; end <= path.size(); end++) {
            Object part = path.get(end - 1);
            if (part instanceof ArrayItemKey itemKey) {
                current = enterItem(current, path.subList(0, end - 1), itemKey, items);
            } else if (!(current instanceof ObjectNode object)) {
                throw new InconsistentTypeException("An earlier release had the value " + current + " for /"
                        + pointer(path.subList(0, end - 1)) + ", but the current release has an object with a '"
                        + part + "' key");
            } else if (object.has((String) part)) {
                current = object.get((String) part);
            } else if (end < path.size()) {
                JsonNode child = path.get(end) instanceof ArrayItemKey ? NODES.arrayNode() : NODES.objectNode();
                object.set((String) part, child);
                current = child;
            } else if (!value.isNull()) {
                object.set((String) part, value.deepCopy());
            }
        }
    }

    private static JsonNode enterItem(JsonNode current, List<Object> arrayPath, ArrayItemKey itemKey,
                                      Map<List<Object>, ObjectNode> items) {
        List<Object> itemPath = new ArrayList<>(arrayPath);
        itemPath.add(itemKey.identity());
        ObjectNode item = items.get(itemPath);
        if (item == null) {
            if (!(current instanceof ArrayNode array)) {
                throw new InconsistentTypeException("An earlier release had the object " + current + " for /"
                        + pointer(arrayPath) + ", but the current release has an array");
            }
            item = NODES.objectNode();
            if (itemKey.originalId() != null) {
                item.set("id", itemKey.originalId().deepCopy());
            }
            items.put(itemPath, item);
            array.add(item);
        }
        return item;
    }

    private static String pointer(List<Object> path) {
        return path.stream().map(String::valueOf).collect(Collectors.joining("/"));
    }
}
