package org.opencompras.ocds.merge;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.function.Consumer;

/**
 * Turns one release into an ordered map from flattened paths to leaf values. A path lists object keys
 * ({@link String}) and array items ({@link ArrayItemKey}), so that the same path in two releases points at the
 * same field of the same object, whatever its position. Leaves are scalars, {@code null}s, and arrays merged as
 * a whole; empty objects and arrays are dropped, as are {@code omitWhenMerged} fields. The values are the
 * release's own nodes: callers must copy them before handing them out.
 */
final class ReleaseFlattener {

    private final MergeRules rules;
    private final Consumer<DuplicateIdWarning> warnings;

    ReleaseFlattener(MergeRules rules, Consumer<DuplicateIdWarning> warnings) {
        this.rules = rules;
        this.warnings = warnings;
    }

    /** Flattens every field of {@code release} except those named in {@code skippedTopLevelFields}. */
    Map<List<Object>, JsonNode> flatten(JsonNode release, List<String> skippedTopLevelFields) {
        Map<List<Object>, JsonNode> flat = new LinkedHashMap<>();
        for (Entry<String, JsonNode> field : iterable(release)) {
            if (!skippedTopLevelFields.contains(field.getKey())) {
                visit(List.of(), List.of(field.getKey()), field.getKey(), field.getValue(), flat);
            }
        }
        return flat;
    }

    private void visit(List<Object> parent, List<String> rulePath, Object key, JsonNode value,
                       Map<List<Object>, JsonNode> flat) {
        FieldRule rule = rules.ruleFor(rulePath);
        if (rule == FieldRule.OMIT_WHEN_MERGED) {
            return;
        }
        List<Object> path = append(parent, key);
        if (rule == FieldRule.WHOLE_LIST_MERGE || !value.isContainerNode() || holdsNonObjects(value)) {
            flat.put(path, value);
        } else if (value.isObject()) {
            for (Entry<String, JsonNode> field : iterable(value)) {
                visit(path, append(rulePath, field.getKey()), field.getKey(), field.getValue(), flat);
            }
        } else {
            visitArrayItems(path, rulePath, value, flat);
        }
    }

    private void visitArrayItems(List<Object> path, List<String> rulePath, JsonNode array,
                                 Map<List<Object>, JsonNode> flat) {
        ArrayMergeStrategy override = rules.overrideFor(rulePath);
        // Positions of the identifiers seen in this array, to warn about objects that share an id.
        Map<ArrayItemKey, Integer> seen = new HashMap<>();
        for (int index = 0; index < array.size(); index++) {
            JsonNode item = array.get(index);
            JsonNode id = item.get("id");
            ArrayItemKey byDefault = id == null ? ArrayItemKey.unique(null) : ArrayItemKey.byId(id);
            if (seen.putIfAbsent(byDefault, index) != null) {
                warnings.accept(new DuplicateIdWarning(String.join(".", rulePath), IdValues.stringForm(id)));
            }
            ArrayItemKey key = byDefault;
            if (override == ArrayMergeStrategy.APPEND && id != null) {
                key = ArrayItemKey.unique(id);
            } else if (override == ArrayMergeStrategy.MERGE_BY_POSITION) {
                key = ArrayItemKey.byPosition(index, id);
            }
            visit(path, rulePath, key, item, flat);
        }
    }

    /** Arrays holding anything but objects are merged as a whole, even when the schema says otherwise. */
    private static boolean holdsNonObjects(JsonNode value) {
        if (!value.isArray()) {
            return false;
        }
        for (JsonNode item : value) {
            if (!item.isObject()) {
                return true;
            }
        }
        return false;
    }

    private static Iterable<Entry<String, JsonNode>> iterable(JsonNode object) {
        return object::fields;
    }

    private static <T> List<T> append(List<? extends T> path, T key) {
        List<T> longer = new ArrayList<>(path.size() + 1);
        longer.addAll(path);
        longer.add(key);
        return List.copyOf(longer);
    }
}
