package org.opencompras.categories;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.opencompras.common.json.Json;

/**
 * The classifier's categories, in order, and the order its rules are tried in: every keyword rule before any CPC
 * prefix rule (an item's description names what was bought, while a CPC class is often broad: SERCOP's 35290
 * holds masks, hand gel and syringes alike), categories in the order of the file, each one's rules in the order it
 * lists them. The first rule that matches an item gives its category; an item that none matches is
 * {@value Category#OTHER}.
 */
public record CategoryRules(List<Category> categories) {

    private static final String CODE = "[a-z][a-z0-9-]{0,39}";
    private static final String PREFIX = "[A-Za-z0-9.-]{1,20}";

    /** The rules in the order they are tried. */
    public List<Rule> ordered() {
        List<Rule> rules = new ArrayList<>();
        for (Category category : categories) {
            category.keywords().forEach(k -> rules.add(new Rule(rules.size() + 1, category.code(), Rule.KEYWORD, k)));
        }
        for (Category category : categories) {
            category.cpcPrefixes().forEach(p -> rules.add(new Rule(rules.size() + 1, category.code(), Rule.CPC_PREFIX, p)));
        }
        return rules;
    }

    /** Every category code a parameter may name: the configured ones, then {@value Category#OTHER}. */
    public List<String> codes() {
        List<String> codes = new ArrayList<>(categories.stream().map(Category::code).toList());
        codes.add(Category.OTHER);
        return codes;
    }

    /**
     * Reads rules in the shape of {@code categories/covid-categories.json}; refuses, naming {@code origin}, what
     * could not be applied as meant.
     */
    public static CategoryRules read(InputStream in, String origin) {
        JsonNode root;
        try {
            root = Json.mapper().readTree(in);
        } catch (IOException e) {
            throw invalid(origin, "it is not JSON: " + e.getMessage());
        }
        JsonNode list = root == null ? null : root.get("categories");
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw invalid(origin, "it needs a non-empty array \"categories\"");
        }
        List<Category> categories = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (JsonNode node : list) {
            String code = node.path("code").asText("");
            if (!code.matches(CODE) || code.equals(Category.OTHER) || !codes.add(code)) {
                throw invalid(origin, "category code '" + code + "' must be unique, not 'other', and lower-case "
                        + "letters, digits and '-' (at most 40)");
            }
            String name = node.path("name").asText(code);
            List<String> keywords = strings(node.path("keywords"), origin, code);
            List<String> prefixes = strings(node.path("cpcPrefixes"), origin, code);
            for (String keyword : keywords) {
                if (matchWords(keyword).isEmpty()) {
                    throw invalid(origin, "keyword '" + keyword + "' of " + code + " has no letter or digit");
                }
            }
            for (String prefix : prefixes) {
                if (!prefix.matches(PREFIX)) {
                    throw invalid(origin, "CPC prefix '" + prefix + "' of " + code + " must be 1 to 20 letters, "
                            + "digits, '.' or '-'");
                }
            }
            categories.add(new Category(code, name, keywords, prefixes));
        }
        return new CategoryRules(List.copyOf(categories));
    }

    /**
     * A keyword as it is matched, the way the database's {@code match_words} writes text (for checks only: the
     * database normalizes what it compares itself).
     */
    static String matchWords(String text) {
        String unaccented = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        return unaccented.replaceAll("[^a-z0-9]+", " ").strip();
    }

    private static List<String> strings(JsonNode node, String origin, String code) {
        if (node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw invalid(origin, "keywords and cpcPrefixes of " + code + " must be arrays of strings");
        }
        List<String> values = new ArrayList<>();
        for (JsonNode value : node) {
            if (!value.isTextual() || value.asText().isBlank()) {
                throw invalid(origin, "keywords and cpcPrefixes of " + code + " must be non-blank strings");
            }
            values.add(value.asText().strip());
        }
        return List.copyOf(values);
    }

    private static IllegalStateException invalid(String origin, String reason) {
        return new IllegalStateException("Category rules in " + origin + " cannot be used: " + reason);
    }
}
