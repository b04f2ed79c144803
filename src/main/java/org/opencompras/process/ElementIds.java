package org.opencompras.process;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Decides which elements of an OCDS array of identified objects (lots, awards, contracts) become rows:
 * an element without id is named after its position ({@code #0}), and of several elements with the same
 * id only the last is kept, since the table's key is the id.
 */
final class ElementIds {

    private ElementIds() {
    }

    /** The id of each element to keep mapped to its index in the array, in array order. */
    static Map<String, Integer> lastById(JsonNode array, String path, ValueReader reader) {
        Map<String, Integer> kept = new LinkedHashMap<>();
        for (int i = 0; i < array.size(); i++) {
            String elementPath = path + "[" + i + "]";
            String id = ValueReader.text(array.get(i).get("id"));
            if (id == null || id.isBlank()) {
                id = "#" + i;
                reader.issue(elementPath, "missing_id", "named " + id);
            }
            Integer previous = kept.remove(id);
            if (previous != null) {
                reader.issue(elementPath, "duplicate_id",
                        "id " + id + " also at " + path + "[" + previous + "]; the last one is kept");
            }
            kept.put(id, i);
        }
        return kept;
    }
}
