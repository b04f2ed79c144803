package org.opencompras.ocds.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reading merge rules from release schemas.
 */
class MergeRulesTest {

    @Test
    void shouldReadTheRulesOfTheBundledOcds115Schema() {
        MergeRules rules = MergeRules.ocds11();

        assertThat(rules.ruleFor(List.of("id"))).isEqualTo(FieldRule.OMIT_WHEN_MERGED);
        assertThat(rules.ruleFor(List.of("date"))).isEqualTo(FieldRule.OMIT_WHEN_MERGED);
        assertThat(rules.ruleFor(List.of("tag"))).isEqualTo(FieldRule.OMIT_WHEN_MERGED);
        assertThat(rules.ruleFor(List.of("parties", "additionalIdentifiers")))
                .isEqualTo(FieldRule.WHOLE_LIST_MERGE);
        assertThat(rules.ruleFor(List.of("tender", "items", "additionalClassifications")))
                .isEqualTo(FieldRule.WHOLE_LIST_MERGE);
        assertThat(rules.ruleFor(List.of("parties", "roles"))).isEqualTo(FieldRule.WHOLE_LIST_MERGE);
        assertThat(rules.ruleFor(List.of("awards"))).isNull();
        assertThat(rules.ruleFor(List.of("awards", "suppliers"))).isNull();
    }

    @Test
    void shouldLoadTheBundledRulesOnce() {
        assertThat(MergeRules.ocds11()).isSameAs(MergeRules.ocds11());
    }

    @Test
    void shouldReadOcds10MergeStrategies() {
        MergeRules rules = MergeRules.fromSchema(ReleaseMergerConformanceTest.read("release-schema-1__0__3.json"));

        assertThat(rules.ruleFor(List.of("ocid"))).isEqualTo(FieldRule.OMIT_WHEN_MERGED);
        assertThat(rules.ruleFor(List.of("tender", "tenderers"))).isEqualTo(FieldRule.WHOLE_LIST_MERGE);
        assertThat(rules.ruleFor(List.of("awards"))).isNull();
    }

    @Test
    void shouldMergeArraysOfObjectsWithoutIdAsAWhole() {
        MergeRules rules = MergeRules.fromSchema(ReleaseMergerConformanceTest.read("schema.json"));

        assertThat(rules.ruleFor(List.of("arrayWithoutObjectId"))).isEqualTo(FieldRule.WHOLE_LIST_MERGE);
        assertThat(rules.ruleFor(List.of("mixedArray"))).isEqualTo(FieldRule.WHOLE_LIST_MERGE);
        assertThat(rules.ruleFor(List.of("identifierMerge"))).isNull();
        assertThat(rules.ruleFor(List.of("identifierMerge", "subarray", "subsubarray")))
                .isEqualTo(FieldRule.WHOLE_LIST_MERGE);
        assertThat(rules.ruleFor(List.of("wholeListMergeObject", "c"))).isEqualTo(FieldRule.OMIT_WHEN_MERGED);
    }

    @Test
    void shouldKeepOverridesOutOfTheOriginalRules() {
        MergeRules rules = MergeRules.fromSchema(ReleaseMergerConformanceTest.read("schema.json"));

        MergeRules overridden = rules.withOverride(List.of("nested", "array"), ArrayMergeStrategy.APPEND);

        assertThat(overridden.overrideFor(List.of("nested", "array"))).isEqualTo(ArrayMergeStrategy.APPEND);
        assertThat(rules.overrideFor(List.of("nested", "array"))).isNull();
    }
}
