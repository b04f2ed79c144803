package org.opencompras.prices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencompras.prices.PricesTestData.GENERATED;
import static org.opencompras.prices.PricesTestData.walk;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencompras.TestDatabase;

/** The generated sample's prices, checked against the stored rows read with plain SQL and summed up here. */
@QuarkusTest
class PricesGeneratedDataTest {

    // The unit names the generator writes for these items, and what the comparison must read them as.
    private static final Map<String, String> UNITS = Map.of("Unidad", "unidad", "Galon", "litro", "Paquete", "paquete");
    private static final BigDecimal GALLON = new BigDecimal("3.785411784");

    @BeforeEach
    void load() {
        PricesTestData.load();
    }

    @Test
    void shouldMatchPricesComputedFromTheStoredRows() {
        Map<String, List<BigDecimal>> prices = new TreeMap<>();
        Map<String, Map<String, List<BigDecimal>>> buyers = new TreeMap<>();
        for (List<String> row : TestDatabase.rows("""
                select i.classification_id, i.unit_value_currency, i.unit_name, i.unit_value_amount, o.identity_key
                from item i
                join award a on a.ocid = i.ocid and a.award_id = i.parent_id
                join process p on p.ocid = i.ocid
                join organization o on o.id = p.buyer_id
                where i.scope = 'award' and i.unit_value_amount > 0 and i.classification_id like '3529%'
                  and coalesce(a.status, '') not in ('cancelled', 'unsuccessful')
                  and p.source_id = (select id from source where name = '""" + GENERATED + "')")) {
            String unit = UNITS.get(row.get(2));
            assertThat(unit).as("unit " + row.get(2)).isNotNull();
            BigDecimal amount = new BigDecimal(row.get(3));
            BigDecimal price = unit.equals("litro") ? amount.divide(GALLON, 10, RoundingMode.HALF_UP) : amount;
            String key = row.get(0) + "/" + row.get(1) + "/" + unit;
            prices.computeIfAbsent(key, k -> new ArrayList<>()).add(price);
            buyers.computeIfAbsent(key, k -> new TreeMap<>()).computeIfAbsent(row.get(4), k -> new ArrayList<>())
                    .add(price);
        }
        List<JsonNode> classes = walk("/api/v1/analytics/prices?source=" + GENERATED + "&classification=3529&limit=2");
        assertThat(classes.stream().map(PricesResourceTest::key).toList())
                .containsExactlyElementsOf(prices.keySet());
        assertThat(prices).hasSizeGreaterThanOrEqualTo(5);
        assertThat(prices.values().stream().mapToInt(List::size).sum()).isGreaterThan(30);
        for (JsonNode item : classes) {
            String key = PricesResourceTest.key(item);
            List<BigDecimal> sorted = prices.get(key).stream().sorted().toList();
            BigDecimal median = median(sorted);
            assertThat(item.get("purchases").asInt()).as(key).isEqualTo(sorted.size());
            assertThat(item.get("comparable").asBoolean()).as(key).isTrue();
            assertThat(item.at("/prices/min").decimalValue()).as(key).isEqualByComparingTo(sorted.get(0));
            assertThat(item.at("/prices/max").decimalValue()).as(key).isEqualByComparingTo(sorted.get(sorted.size() - 1));
            assertThat(item.at("/prices/median").decimalValue()).as(key).isEqualByComparingTo(median);
            BigDecimal threshold = median.multiply(new BigDecimal("2.0"));
            long flagged = sorted.stream().filter(price -> price.compareTo(threshold) > 0).count();
            assertThat(item.at("/flagged/count").asLong()).as(key).isEqualTo(flagged);
            for (JsonNode purchase : item.at("/flagged/purchases")) {
                assertThat(purchase.get("ratio").decimalValue()).as(key).isEqualByComparingTo(
                        purchase.get("unitPrice").decimalValue().divide(median, 4, RoundingMode.HALF_UP));
            }
            Map<String, List<BigDecimal>> byBuyer = buyers.get(key);
            assertThat(item.get("buyers")).as(key).hasSize(byBuyer.size());
            for (JsonNode buyer : item.get("buyers")) {
                List<BigDecimal> own = byBuyer.get(buyer.at("/organization/id").asText()).stream().sorted().toList();
                assertThat(buyer.get("purchases").asInt()).isEqualTo(own.size());
                assertThat(buyer.get("median").decimalValue()).isEqualByComparingTo(median(own));
                assertThat(buyer.get("medianRatio").decimalValue())
                        .isEqualByComparingTo(median(own).divide(median, 4, RoundingMode.HALF_UP));
            }
        }
    }

    private static BigDecimal median(List<BigDecimal> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2));
    }
}
