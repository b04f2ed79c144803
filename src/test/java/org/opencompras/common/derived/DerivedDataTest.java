package org.opencompras.common.derived;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencompras.TestDatabase;
import org.opencompras.TestReleases;
import org.opencompras.contract.ProcurementTestData;

@QuarkusTest
class DerivedDataTest {

    @Inject
    @Any
    Instance<DerivedData> all;

    @Test
    void shouldListEveryKindOfDerivedDataOnceWithItsRow() {
        List<String> names = all.stream().map(DerivedData::name).sorted().toList();
        assertThat(names).containsExactly("contract_facts", "data_quality", "item_categories", "organization_totals",
                "price_purchases", "red_flags");
        assertThat(names).containsExactlyElementsOf(TestDatabase.column("select name from derived_data order by name"));
    }

    @Test
    void shouldRefreshTheRedFlagsAfterTheItemCategoriesTheyRead() {
        List<String> order = all.stream()
                .sorted(Comparator.comparingInt(DerivedData::stage).thenComparing(DerivedData::name))
                .map(DerivedData::name).toList();
        assertThat(order.indexOf("red_flags")).isGreaterThan(order.indexOf("item_categories"));
    }

    @Test
    void shouldBeCurrentAfterAnIngestAndStaleWhenAChangeCameAfterItsLastRefresh() throws SQLException {
        ProcurementTestData.ingest("derived-data", TestReleases.release("ocds-t9drv-1", "1", "2024-01-10T10:00:00Z"));
        long generation = TestDatabase.count("select generation from derived_data where name = 'contract_facts'");
        try (Connection c = TestDatabase.connect()) {
            for (DerivedData data : all) {
                assertThat(data.stale(c)).as(data.name()).isFalse();
            }
            // As after an ingest killed before its end: a change committed after the last refresh.
            TestDatabase.execute("update derived_data set refreshed_at = refreshed_at - interval '1 day' "
                    + "where name = 'contract_facts'");
            try {
                DerivedData facts = all.stream().filter(d -> d.name().equals("contract_facts")).findFirst().orElseThrow();
                assertThat(facts.stale(c)).isTrue();
                facts.refresh();
                assertThat(facts.stale(c)).isFalse();
                assertThat(TestDatabase.count("select generation from derived_data where name = 'contract_facts'"))
                        .isEqualTo(generation + 1);
            } finally {
                TestDatabase.execute("update derived_data set refreshed_at = now() where name = 'contract_facts'");
            }
        }
    }
}
