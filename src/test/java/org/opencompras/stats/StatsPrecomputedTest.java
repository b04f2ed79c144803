package org.opencompras.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencompras.stats.StatsResourceTest.get;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.opencompras.TestDatabase;

/**
 * The statistics of all contracts, and of the contracts in one currency, are read from what was precomputed at the
 * last refresh: they must be exactly what the same question computed at request time gives.
 */
@QuarkusTest
class StatsPrecomputedTest {

    @Inject
    ContractFactsRefresh refresh;

    @BeforeEach
    void load() {
        StatsTestData.load();
    }

    @ParameterizedTest
    @ValueSource(strings = {"method", "methodDetails", "category", "status", "buyer", "supplier", "classification"})
    void shouldGiveTheBreakdownComputedAtRequestTime(String dimension) {
        assertThat(TestDatabase.count("select count(*) from stats_breakdown where dimension = '" + dimension + "'"))
                .isPositive();
        assertSameAsComputed(dimension, "/api/v1/stats/by?dimension=" + dimension + "&limit=500");
        assertSameAsComputed(dimension, "/api/v1/stats/by?dimension=" + dimension + "&currency=USD&sort=-amount&limit=500");
        assertSameAsComputed(dimension, "/api/v1/stats/by?dimension=" + dimension + "&currency=EUR&limit=500");
    }

    @ParameterizedTest
    @CsvSource({"supplier, ''", "supplier, &currency=USD", "buyer, ''", "buyer, &currency=EUR"})
    void shouldGiveTheConcentrationComputedAtRequestTime(String side, String currency) {
        assertSameAsComputed(StatsPrecomputed.CONCENTRATION, "/api/v1/stats/concentration?by=" + side + "&top=3" + currency);
        assertSameAsComputed(StatsPrecomputed.CONCENTRATION,
                "/api/v1/stats/concentration/ranking?by=" + side + "&limit=500" + currency);
    }

    @Test
    void shouldGiveTheSummaryComputedAtRequestTime() {
        assertSameAsComputed(StatsPrecomputed.SUMMARY, "/api/v1/stats/summary");
        assertSameAsComputed(StatsPrecomputed.SUMMARY, "/api/v1/stats/summary?currency=USD");
        // A currency no contract is in: nothing, precomputed or not.
        JsonNode none = get("/api/v1/stats/summary?currency=JPY").get("data");
        assertThat(none.get("contracts").asLong()).isZero();
        assertSameAsComputed(StatsPrecomputed.SUMMARY, "/api/v1/stats/summary?currency=JPY");
    }

    @Test
    void shouldReadThePrecomputedRowsRatherThanCompute() {
        try {
            // Rows changed behind the service's back show in its answers: they are what it reads.
            TestDatabase.execute("update stats_breakdown set contracts = contracts + 1000000 where dimension = 'method' "
                    + "and filter_currency = ''");
            TestDatabase.execute("update stats_organization set contracts = contracts + 1000000 where side = 'buyer'");
            TestDatabase.execute("update stats_summary set answer = jsonb_set(answer::jsonb, '{contracts}', "
                    + "'1234567')::text where filter_currency = ''");
            TestDatabase.execute("update derived_data set generation = generation + 1 where name = 'contract_facts'");
            assertThat(get("/api/v1/stats/by?dimension=method").at("/data/0/contracts").asLong())
                    .isGreaterThan(1_000_000);
            assertThat(get("/api/v1/stats/concentration?by=buyer").at("/data/count/contracts").asLong())
                    .isGreaterThan(1_000_000);
            assertThat(get("/api/v1/stats/summary").at("/data/contracts").asLong()).isEqualTo(1_234_567);
            assertThat(get("/api/v1/stats/summary?emergency=true").at("/data/contracts").asLong()).isLessThan(1_000_000);
        } finally {
            refresh.refresh();
        }
    }

    private void assertSameAsComputed(String kind, String question) {
        JsonNode precomputed = get(question).get("data");
        try {
            // Unlisted, the kind is computed at request time; the new generation keeps the cached answer out.
            TestDatabase.execute("delete from stats_precomputed where kind = '" + kind + "'");
            TestDatabase.execute("update derived_data set generation = generation + 1 where name = 'contract_facts'");
            JsonNode computed = get(question).get("data");
            assertThat(precomputed).as(question).isEqualTo(computed);
        } finally {
            refresh.refresh();
        }
    }
}
