package org.opencompras.process;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reads an OCDS {@code items} array (of the tender, an award or a contract) into {@link ItemRow}s. */
final class ItemReader {

    private ItemReader() {
    }

    static List<ItemRow> read(JsonNode items, String path, String scope, String parentId, ValueReader reader) {
        List<ItemRow> rows = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String itemPath = path + "[" + i + "]";
            JsonNode classification = item.path("classification");
            JsonNode unit = item.path("unit");
            rows.add(new ItemRow(
                    scope,
                    parentId,
                    i,
                    ValueReader.text(item.get("id")),
                    ValueReader.text(item.get("description")),
                    ValueReader.text(classification.get("scheme")),
                    ValueReader.text(classification.get("id")),
                    ValueReader.text(classification.get("description")),
                    reader.decimal(item.get("quantity"), itemPath + ".quantity", "quantity"),
                    ValueReader.text(unit.get("id")),
                    ValueReader.text(unit.get("name")),
                    reader.money(unit.get("value"), itemPath + ".unit.value"),
                    ValueReader.text(item.get("relatedLot"))));
        }
        return rows;
    }
}
