package org.opencompras.categories;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.opencompras.TestDatabase;
import org.opencompras.common.json.Json;

/**
 * The bundled rules applied in plain Java to items read with plain SQL: what the API's precomputed classification
 * must agree with. Keywords of every category first, then CPC prefixes; a keyword matches where a word starts.
 */
public final class IndependentClassifier {

    /** What a category adds up to. */
    static final class Totals {
        long items;
        final Set<String> processes = new HashSet<>();
        final Map<String, BigDecimal> amounts = new TreeMap<>();
        final Map<String, Long> valued = new TreeMap<>();

        Map<String, String> values() {
            Map<String, String> values = new TreeMap<>();
            amounts.forEach((currency, amount) -> values.put(currency, amount.toPlainString() + " ("
                    + valued.get(currency) + ")"));
            return values;
        }
    }

    /** A counted item, as plain SQL reads it. */
    public record Item(String ocid, String category) {
    }

    private IndependentClassifier() {
    }

    /** Per category, the counted items of a source: contract items, else award items, else tender items. */
    static Map<String, Totals> totals(String source) {
        Map<String, Totals> totals = new HashMap<>();
        for (List<String> row : rows(source)) {
            String category = classify(row.get(1), row.get(2), row.get(3), row.get(4));
            Totals t = totals.computeIfAbsent(category, k -> new Totals());
            t.items++;
            t.processes.add(row.get(0));
            if (row.get(5) != null && row.get(6) != null) {
                String currency = row.get(7) == null ? "null" : row.get(7);
                BigDecimal value = new BigDecimal(row.get(5)).multiply(new BigDecimal(row.get(6)));
                t.amounts.merge(currency, value, BigDecimal::add);
                t.valued.merge(currency, 1L, Long::sum);
            }
        }
        return totals;
    }

    /** Every counted item of a source with its category. */
    static List<Item> items(String source) {
        List<Item> items = new ArrayList<>();
        for (List<String> row : rows(source)) {
            items.add(new Item(row.get(0), classify(row.get(1), row.get(2), row.get(3), row.get(4))));
        }
        return items;
    }

    private static List<List<String>> rows(String source) {
        return TestDatabase.rows("""
                select i.ocid, i.description, i.classification_description, i.classification_scheme,
                       i.classification_id, i.quantity, i.unit_value_amount, i.unit_value_currency
                from item i join process p on p.ocid = i.ocid
                where p.source_id = (select id from source where name = '%s')
                  and i.scope = (select case when bool_or(x.scope = 'contract') then 'contract'
                                             when bool_or(x.scope = 'award') then 'award' else 'tender' end
                                 from item x where x.ocid = i.ocid)""".formatted(source));
    }

    public static String classify(String description, String classificationDescription, String scheme, String code) {
        String words = " " + words((description == null ? "" : description) + " "
                + (classificationDescription == null ? "" : classificationDescription)) + " ";
        JsonNode categories = bundled().get("categories");
        for (JsonNode category : categories) {
            for (JsonNode keyword : category.get("keywords")) {
                if (words.contains(" " + words(keyword.asText()))) {
                    return category.get("code").asText();
                }
            }
        }
        for (JsonNode category : categories) {
            for (JsonNode prefix : category.get("cpcPrefixes")) {
                if ("CPC".equalsIgnoreCase(scheme) && code != null && code.startsWith(prefix.asText())) {
                    return category.get("code").asText();
                }
            }
        }
        return "other";
    }

    private static String words(String text) {
        String plain = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.replaceAll("[^a-z0-9]+", " ").strip();
    }

    private static JsonNode bundled() {
        try (InputStream in = IndependentClassifier.class.getResourceAsStream("/categories/covid-categories.json")) {
            return Json.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
