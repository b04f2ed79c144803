package org.opencompras.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencompras.stats.StatsResourceTest.get;
import static org.opencompras.stats.StatsResourceTest.plain;
import static org.opencompras.stats.StatsResourceTest.walk;
import static org.opencompras.stats.StatsTestData.GENERATED;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencompras.TestDatabase;

/** The statistics over generated SERCOP-shaped data, checked against plain SQL over the stored rows. */
@QuarkusTest
class StatsGeneratedDataTest {

    private static final String CONTRACTS = " from contract c join process p on p.ocid = c.ocid where p.source_id = "
            + "(select id from source where name = '" + GENERATED + "')";

    @BeforeEach
    void load() {
        StatsTestData.load();
    }

    @Test
    void shouldSummarizeAsPlainSqlCounts() {
        JsonNode data = get("/api/v1/stats/summary?source=" + GENERATED).get("data");
        List<String> counts = TestDatabase.rows("select count(*), count(distinct c.ocid), count(distinct p.buyer_id), "
                + "count(*) - count(c.value_amount)" + CONTRACTS).get(0);
        assertThat(List.of(data.get("contracts").asText(), data.get("processes").asText(), data.get("buyers").asText(),
                data.get("withoutValue").asText())).isEqualTo(counts);
        assertThat(data.get("contracts").asLong()).isGreaterThan(50);
        assertThat(data.get("suppliers").asLong()).isEqualTo(TestDatabase.count("select count(distinct s.organization_id)"
                + " from award_supplier s join contract c on c.ocid = s.ocid and c.award_id = s.award_id join process p "
                + "on p.ocid = c.ocid where p.source_id = (select id from source where name = '" + GENERATED + "')"));
        List<String> values = new ArrayList<>();
        data.get("values").forEach(v -> values.add(v.get("currency").asText() + " " + v.get("count").asText() + " "
                + plain(v.get("amount")) + " " + plain(v.get("min")) + " " + plain(v.get("max"))));
        List<String> expected = new ArrayList<>();
        TestDatabase.rows("select c.value_currency, count(*), sum(c.value_amount), min(c.value_amount), "
                        + "max(c.value_amount)" + CONTRACTS + " and c.value_amount is not null group by 1 order by 1 nulls last")
                .forEach(row -> expected.add(row.get(0) + " " + row.get(1) + " " + strip(row.get(2)) + " "
                        + strip(row.get(3)) + " " + strip(row.get(4))));
        assertThat(values).isEqualTo(expected);
    }

    @Test
    void shouldCountEachMonthAsPlainSqlInQuitoTime() {
        JsonNode data = get("/api/v1/stats/timeline?source=" + GENERATED).get("data");
        List<String> months = new ArrayList<>();
        data.get("periods").forEach(p -> {
            if (p.get("contracts").asLong() > 0) {
                months.add(p.get("start").asText().substring(0, 7) + " " + p.get("contracts").asText());
            }
        });
        assertThat(months).isEqualTo(TestDatabase.rows("select to_char(c.date_signed at time zone 'America/Guayaquil', "
                + "'YYYY-MM'), count(*)" + CONTRACTS + " and c.date_signed is not null group by 1 order by 1").stream()
                .map(row -> row.get(0) + " " + row.get(1)).toList());
        assertThat(data.at("/undated/contracts").asLong())
                .isEqualTo(TestDatabase.count("select count(*)" + CONTRACTS + " and c.date_signed is null"));
    }

    @Test
    void shouldGroupByBuyerAsPlainSql() {
        List<String> rows = walk("/api/v1/stats/by?dimension=buyer&limit=7&source=" + GENERATED).stream()
                .map(row -> row.get("id").asText() + " " + row.get("contracts").asText() + " " + usd(row)).toList();
        assertThat(rows).isEqualTo(TestDatabase.rows("select o.identity_key, count(*), "
                        + "coalesce(sum(c.value_amount) filter (where c.value_currency = 'USD'), 0)" + CONTRACTS.replaceFirst(
                        " where ", " join organization o on o.id = p.buyer_id where ")
                        + " group by o.identity_key order by count(*) desc, o.identity_key desc").stream()
                .map(row -> row.get(0) + " " + row.get(1) + " " + strip(row.get(2))).toList());
    }

    @Test
    void shouldGroupByClassificationAsPlainSql() {
        List<String> rows = walk("/api/v1/stats/by?dimension=classification&limit=500&source=" + GENERATED).stream()
                .map(row -> row.get("id").asText() + " " + row.get("contracts").asText()).toList();
        // The rule written another way: the first non-empty set of codes of contract, award and tender items.
        String codes = "array(select distinct i.classification_id from item i where i.ocid = c.ocid and "
                + "i.classification_id is not null and %s)";
        List<String> expected = TestDatabase.rows("select code, count(*) from (select unnest(coalesce("
                        + "nullif(" + codes.formatted("i.scope = 'contract' and i.parent_id = c.contract_id") + ", '{}'), "
                        + "nullif(" + codes.formatted("i.scope = 'award' and i.parent_id = c.award_id") + ", '{}'), "
                        + "nullif(" + codes.formatted("i.scope = 'tender'") + ", '{}'), array[null::text])) as code"
                        + CONTRACTS + ") x group by code order by count(*) desc, coalesce(code, '') desc").stream()
                .map(row -> row.get(0) + " " + row.get(1)).toList();
        assertThat(rows).isEqualTo(expected);
        assertThat(rows).hasSizeGreaterThan(5);
    }

    @Test
    void shouldMeasureConcentrationAsComputedByHand() {
        List<List<String>> perSupplier = TestDatabase.rows("select s.organization_id, count(*) from award_supplier s "
                + "join contract c on c.ocid = s.ocid and c.award_id = s.award_id join process p on p.ocid = c.ocid "
                + "where p.source_id = (select id from source where name = '" + GENERATED + "') group by 1 "
                + "order by 2 desc");
        long total = 0;
        long squares = 0;
        long top = 0;
        for (int i = 0; i < perSupplier.size(); i++) {
            long n = Long.parseLong(perSupplier.get(i).get(1));
            total += n;
            squares += n * n;
            top += i < 5 ? n : 0;
        }
        JsonNode data = get("/api/v1/stats/concentration?top=5&source=" + GENERATED).get("data");
        assertThat(data.get("organizations").asLong()).isEqualTo(perSupplier.size());
        assertThat(data.at("/count/contracts").asLong()).isEqualTo(total);
        assertThat(data.at("/count/topContracts").asLong()).isEqualTo(top);
        assertThat(data.at("/count/hhi").decimalValue()).isEqualTo(BigDecimal.valueOf(squares * 10_000)
                .divide(BigDecimal.valueOf(total * total), 2, RoundingMode.HALF_EVEN));
        assertThat(data.at("/count/topShare").decimalValue()).isEqualTo(BigDecimal.valueOf(top)
                .divide(BigDecimal.valueOf(total), 6, RoundingMode.HALF_EVEN));
        assertThat(data.get("leaders")).hasSize(5);
        List<JsonNode> ranking = walk("/api/v1/stats/concentration/ranking?limit=40&source=" + GENERATED);
        assertThat(ranking).hasSize(perSupplier.size());
        assertThat(ranking.get(ranking.size() - 1).get("rank").asLong()).isEqualTo(perSupplier.size());
        assertThat(ranking.stream().mapToLong(row -> row.get("contracts").asLong()).sum()).isEqualTo(total);
    }

    private static String usd(JsonNode row) {
        for (JsonNode value : row.get("values")) {
            if (value.get("currency").asText().equals("USD")) {
                return plain(value.get("amount"));
            }
        }
        return "0";
    }

    private static String strip(String decimal) {
        return decimal == null ? "null" : new BigDecimal(decimal).stripTrailingZeros().toPlainString();
    }
}
