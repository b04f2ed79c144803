package org.opencompras.ocds.merge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the conformance fixtures of ocds-merge, the reference implementation: every {@code X-compiled.json} must
 * equal the compiled release of {@code X.json}, and every {@code X-versioned.json} its versioned release.
 */
class ReleaseMergerConformanceTest {

    /** Like the ingest's mapper: decimals are read as exact {@code BigDecimal}s, trailing zeros kept. */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();
    private static final String FIXTURES = "/ocds/merge-fixtures/";

    @TestFactory
    Stream<DynamicTest> ocds10FixturesMergeLikeTheReferenceImplementation() {
        return fixtures("1.0", "release-schema-1__0__3.json");
    }

    @TestFactory
    Stream<DynamicTest> ocds11FixturesMergeLikeTheReferenceImplementation() {
        return fixtures("1.1", "release-schema-1__1__4.json");
    }

    @TestFactory
    Stream<DynamicTest> schemaFixturesMergeLikeTheReferenceImplementation() {
        return fixtures("schema", "schema.json");
    }

    @Test
    void shouldFindEveryFixture() {
        assertThat(expectations("1.0")).hasSize(2);
        assertThat(expectations("1.1")).hasSize(34);
        assertThat(expectations("schema")).hasSize(14);
    }

    @Test
    void shouldMergeArraysByPositionWhenOverridden() {
        MergeRules rules = MergeRules.fromSchema(read("schema.json"))
                .withOverride(List.of("nested", "array"), ArrayMergeStrategy.MERGE_BY_POSITION);
        List<JsonNode> releases = twice(read("schema/identifier-merge-duplicate-id.json"));

        JsonNode compiled = new ReleaseMerger(rules, warning -> { }).compile(releases);

        assertThat(compiled).isEqualTo(read("schema/identifier-merge-duplicate-id-by-position.json"));
    }

    @Test
    void shouldAppendEveryObjectWhenOverridden() {
        MergeRules rules = MergeRules.fromSchema(read("schema.json"))
                .withOverride(List.of("nested", "array"), ArrayMergeStrategy.APPEND);
        ReleaseMerger merger = new ReleaseMerger(rules, warning -> { });

        assertThat(merger.compile(twice(read("schema/identifier-merge-duplicate-id.json"))))
                .isEqualTo(read("schema/identifier-merge-duplicate-id-append.json"));
        assertThat(merger.compile(twice(read("schema/identifier-merge-no-id.json"))))
                .isEqualTo(read("schema/identifier-merge-no-id-append.json"));
    }

    @Test
    void shouldWarnAboutObjectsSharingAnIdInOneRelease() {
        List<DuplicateIdWarning> warnings = new ArrayList<>();
        ReleaseMerger merger = new ReleaseMerger(MergeRules.fromSchema(read("schema.json")), warnings::add);

        merger.compile(releases(read("schema/identifier-merge-duplicate-id.json")));

        assertThat(warnings).containsExactly(
                new DuplicateIdWarning("nested.identifierMerge", "1"),
                new DuplicateIdWarning("nested.array", "1"));
        assertThat(warnings.get(0).message())
                .isEqualTo("Multiple objects have the `id` value '1' in the `nested.identifierMerge` array");
    }

    private static Stream<DynamicTest> fixtures(String folder, String schema) {
        ReleaseMerger merger = new ReleaseMerger(MergeRules.fromSchema(read(schema)), warning -> { });
        return expectations(folder).stream().map(expected -> {
            String name = expected.getFileName().toString();
            boolean compiled = name.endsWith("-compiled.json");
            String input = name.replaceFirst("-(compiled|versioned)\\.json$", ".json");
            Function<List<JsonNode>, JsonNode> merge = compiled ? merger::compile : merger::versioned;
            return DynamicTest.dynamicTest(folder + "/" + name, () -> {
                JsonNode actual = merge.apply(releases(read(folder + "/" + input)));
                JsonNode wanted = read(folder + "/" + name);
                assertThat(JsonEquality.equal(actual, wanted))
                        .as("%s%nexpected: %s%nactual:   %s", name, wanted, actual)
                        .isTrue();
                assertThat(MAPPER.writeValueAsString(actual))
                        .as("key order of %s", name)
                        .isEqualTo(MAPPER.writeValueAsString(wanted));
            });
        });
    }

    private static List<Path> expectations(String folder) {
        try (Stream<Path> files = Files.list(Path.of(ReleaseMergerConformanceTest.class
                .getResource(FIXTURES + folder).toURI()))) {
            return files.filter(file -> file.getFileName().toString().matches(".*-(compiled|versioned)\\.json"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode read(String fixture) {
        try (var in = ReleaseMergerConformanceTest.class.getResourceAsStream(FIXTURES + fixture)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + fixture);
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<JsonNode> releases(JsonNode array) {
        List<JsonNode> releases = new ArrayList<>();
        array.forEach(releases::add);
        return releases;
    }

    private static List<JsonNode> twice(JsonNode array) {
        List<JsonNode> releases = releases(array);
        releases.addAll(releases(array));
        return releases;
    }
}
