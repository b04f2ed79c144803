package org.opencompras.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencompras.stats.StatsResourceTest.get;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opencompras.TestDatabase;

/**
 * The breakdowns without filters are read from the groups precomputed at the last refresh: they must be exactly
 * what the same question computed at request time gives.
 */
@QuarkusTest
class StatsPrecomputedBreakdownTest {

    @Inject
    ContractFactsRefresh refresh;

    @BeforeEach
    void load() {
        StatsTestData.load();
    }

    @ParameterizedTest
    @ValueSource(strings = {"method", "methodDetails", "category", "status", "buyer", "supplier", "classification"})
    void shouldAnswerAsTheBreakdownComputedAtRequestTime(String dimension) {
        String question = "/api/v1/stats/by?dimension=" + dimension + "&limit=500";
        assertThat(TestDatabase.count("select count(*) from stats_breakdown where dimension = '" + dimension + "'"))
                .isPositive();
        JsonNode precomputed = get(question).get("data");
        try {
            // Unlisted, the dimension is computed at request time; the new generation keeps the cached answer out.
            TestDatabase.execute("delete from stats_breakdown_dimension where dimension = '" + dimension + "'");
            TestDatabase.execute("update derived_data set generation = generation + 1 where name = 'contract_facts'");
            JsonNode live = get(question).get("data");
            assertThat(live).isNotEmpty();
            assertThat(precomputed).isEqualTo(live);
        } finally {
            refresh.refresh();
        }
    }
}
