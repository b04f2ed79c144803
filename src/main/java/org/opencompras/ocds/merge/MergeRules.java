package org.opencompras.ocds.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The merge rules of a release schema: which field paths are omitted or merged as a whole, plus optional
 * per-array overrides of the identifier merge. Paths leave out array positions, e.g. {@code [awards, items]}.
 * Instances are immutable and can be shared between threads.
 */
public final class MergeRules {

    private static final String OCDS11_SCHEMA = "/ocds/schema/release-schema.json";

    private final Map<List<String>, FieldRule> rules;
    private final Map<List<String>, ArrayMergeStrategy> overrides;

    private MergeRules(Map<List<String>, FieldRule> rules, Map<List<String>, ArrayMergeStrategy> overrides) {
        this.rules = Map.copyOf(rules);
        this.overrides = Map.copyOf(overrides);
    }

    /** Reads the rules from a release schema; {@code $ref}s to {@code #/definitions/...} are resolved locally. */
    public static MergeRules fromSchema(JsonNode releaseSchema) {
        return new MergeRules(new SchemaRuleReader(releaseSchema).read(), Map.of());
    }

    /** The rules of the OCDS 1.1.5 release schema bundled with the application. */
    public static MergeRules ocds11() {
        return Ocds11Holder.RULES;
    }

    /** A copy of these rules in which the array at {@code path} is merged with {@code strategy}. */
    public MergeRules withOverride(List<String> path, ArrayMergeStrategy strategy) {
        Map<List<String>, ArrayMergeStrategy> copy = new HashMap<>(overrides);
        copy.put(List.copyOf(path), strategy);
        return new MergeRules(rules, copy);
    }

    /** The rule for a field path, or {@code null} when the generic rules apply. */
    public FieldRule ruleFor(List<String> path) {
        return rules.get(path);
    }

    /** The override for the array at a field path, or {@code null} for the identifier merge. */
    public ArrayMergeStrategy overrideFor(List<String> path) {
        return overrides.get(path);
    }

    /** All field rules, keyed by field path. */
    public Map<List<String>, FieldRule> fieldRules() {
        return rules;
    }

    /** Loaded on first use only, so that schemas given to {@link #fromSchema} never pay for it. */
    private static final class Ocds11Holder {
        static final MergeRules RULES = load();

        private static MergeRules load() {
            try (InputStream in = MergeRules.class.getResourceAsStream(OCDS11_SCHEMA)) {
                if (in == null) {
                    throw new IllegalStateException("Missing classpath resource " + OCDS11_SCHEMA);
                }
                return fromSchema(new ObjectMapper().readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + OCDS11_SCHEMA, e);
            }
        }
    }
}
