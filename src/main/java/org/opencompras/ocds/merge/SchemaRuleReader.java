package org.opencompras.ocds.merge;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Walks the {@code properties} of a release schema and collects the merge rule of every field path, following
 * the OCDS merging specification: {@code omitWhenMerged} wins over everything, {@code wholeListMerge} wins over
 * nested rules, arrays of non-objects and arrays of objects without an {@code id} property are merged as a
 * whole, and arrays of objects with an {@code id} are merged by identifier (their properties are walked).
 */
final class SchemaRuleReader {

    /** Deep enough for any real schema; stops runaway recursion through self-referencing definitions. */
    private static final int MAX_DEPTH = 64;

    private final JsonNode schema;
    private final Map<List<String>, FieldRule> rules = new LinkedHashMap<>();

    SchemaRuleReader(JsonNode schema) {
        this.schema = schema;
    }

    Map<List<String>, FieldRule> read() {
        JsonNode root = resolve(schema);
        if (root != null) {
            walk(resolve(root.get("properties")), List.of());
        }
        return rules;
    }

    private void walk(JsonNode properties, List<String> path) {
        if (properties == null || !properties.isObject() || path.size() > MAX_DEPTH) {
            return;
        }
        properties.fields().forEachRemaining(field -> {
            List<String> fieldPath = append(path, field.getKey());
            JsonNode value = resolve(field.getValue());
            if (value != null && value.isObject()) {
                readField(value, fieldPath);
            }
        });
    }

    private void readField(JsonNode value, List<String> path) {
        List<String> types = types(value);
        if (value.path("omitWhenMerged").asBoolean(false) || "ocdsOmit".equals(value.path("mergeStrategy").asText())) {
            rules.put(path, FieldRule.OMIT_WHEN_MERGED);
        } else if (types.contains("array") && (value.path("wholeListMerge").asBoolean(false)
                || "ocdsVersion".equals(value.path("mergeStrategy").asText()))) {
            rules.put(path, FieldRule.WHOLE_LIST_MERGE);
        } else if (types.contains("object") && value.has("properties")) {
            walk(resolve(value.get("properties")), path);
        } else if (types.contains("array") && value.has("items")) {
            readArrayItems(resolve(value.get("items")), path);
        }
    }

    private void readArrayItems(JsonNode items, List<String> path) {
        if (items == null || !items.isObject()) {
            return;
        }
        List<String> itemTypes = types(items);
        if (itemTypes.stream().anyMatch(type -> !"object".equals(type))) {
            rules.put(path, FieldRule.WHOLE_LIST_MERGE);
        } else if (itemTypes.contains("object") && items.has("properties")) {
            JsonNode itemProperties = resolve(items.get("properties"));
            if (itemProperties == null || !itemProperties.has("id")) {
                rules.put(path, FieldRule.WHOLE_LIST_MERGE);
            } else {
                walk(itemProperties, path);
            }
        }
    }

    /** Follows local {@code $ref}s; like the reference implementation, keywords beside a {@code $ref} are ignored. */
    private JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current != null && current.has("$ref") && hops < MAX_DEPTH; hops++) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#")) {
                throw new IllegalArgumentException("Only local $refs are supported in a release schema: " + ref);
            }
            JsonNode target = schema.at(ref.substring(1));
            current = target.isMissingNode() ? null : target;
        }
        return current;
    }

    private static List<String> types(JsonNode value) {
        JsonNode type = value.get("type");
        List<String> types = new ArrayList<>();
        if (type == null) {
            return types;
        }
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else {
            types.add(type.asText());
        }
        return types;
    }

    private static List<String> append(List<String> path, String key) {
        List<String> longer = new ArrayList<>(path.size() + 1);
        longer.addAll(path);
        longer.add(key);
        return List.copyOf(longer);
    }
}
