package org.opencompras.prices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencompras.prices.PricesTestData.GENERATED;
import static org.opencompras.prices.PricesTestData.walk;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencompras.TestDatabase;

/**
 * Each shared filter on the price comparison: the purchases of each class and currency that it answers are those
 * that plain SQL on the stored items, awards and processes counts for the same filter.
 */
@QuarkusTest
class PricesSharedFiltersTest {

    /** Statuses, categories and currencies, which the generated sample does not vary, written by hand. */
    private static final String VARIED = "prices-filters";
    private static final String CPC = "352900013";

    private static boolean loaded;

    @BeforeEach
    void load() {
        PricesTestData.load();
        if (!loaded) {
            loaded = true;
            PricesTestData.ingest(VARIED, String.join("\n",
                    release("v1", "goods", "active", "USD", value("100.00", "USD")),
                    release("v2", "services", "pending", "USD", value("5000.00", "USD")),
                    release("v3", "works", "cancelled", "USD", value("300.00", "USD")),
                    release("v4", "goods", "unsuccessful", "EUR", value("400.00", "EUR")),
                    release("v5", "goods", "active", "USD", value("600.00", "EUR")),
                    release("v6", "services", "active", "USD", ""),
                    release("v7", "works", "active", "EUR", value("70.00", "EUR"))));
        }
    }

    @Test
    void shouldSelectThePurchasesOfEachSharedFilterOnTheGeneratedSample() {
        String buyer = TestDatabase.text(busiest("p.buyer_id"));
        String supplier = TestDatabase.text(busiest("s.organization_id").replace("from item i",
                "from item i join award_supplier s on s.ocid = i.ocid and s.award_id = i.parent_id"));
        assertThat(buyer).isNotNull();
        assertThat(supplier).isNotNull();

        long all = total(check(GENERATED, "", "true"));
        // Each filter keeps some of the purchases and leaves out others, so that ignoring it would be seen.
        narrower(all, check(GENERATED, "&buyer=" + buyer,
                "p.buyer_id = (select id from organization where identity_key = '" + buyer + "')"));
        narrower(all, check(GENERATED, "&supplier=" + supplier, "exists (select 1 from award_supplier s "
                + "join organization o on o.id = s.organization_id where s.ocid = a.ocid and s.award_id = a.award_id "
                + "and o.identity_key = '" + supplier + "')"));
        narrower(all, check(GENERATED, "&procurementMethod=direct,open",
                "p.procurement_method in ('direct', 'open')"));
        narrower(all, check(GENERATED, "&procurementMethodDetails=infima cuantia",
                "p.procurement_method_details = 'Ínfima Cuantía'"));
        narrower(all, check(GENERATED, "&emergency=true", "p.emergency"));
        narrower(all, check(GENERATED, "&emergency=false", "not p.emergency"));
        narrower(all, check(GENERATED, "&awardedFrom=2019-01-01&awardedTo=2021-12-31",
                "a.award_date >= '2019-01-01T00:00:00Z' and a.award_date < '2022-01-01T00:00:00Z'"));
        narrower(all, check(GENERATED, "&publishedFrom=2018-06-01T00:00:00-05:00",
                "p.first_release_date >= '2018-06-01T00:00:00-05:00'"));
        narrower(all, check(GENERATED, "&signedFrom=2017-01-01&signedTo=2022-06-30", "exists (select 1 "
                + "from contract k where k.ocid = a.ocid and k.award_id = a.award_id "
                + "and k.date_signed >= '2017-01-01T00:00:00Z' and k.date_signed < '2022-07-01T00:00:00Z')"));
        narrower(all, check(GENERATED, "&currency=USD&minAmount=1000&maxAmount=20000",
                "i.unit_value_currency = 'USD' and a.value_currency = 'USD' "
                        + "and a.value_amount between 1000 and 20000"));
    }

    @Test
    void shouldSelectThePurchasesByStatusCategoryAndCurrency() {
        Map<String, Long> all = check(VARIED, "", "true");
        // v3 and v4 are left out: their awards were cancelled or unsuccessful.
        assertThat(all).isEqualTo(Map.of(CPC + "/USD", 4L, CPC + "/EUR", 1L));
        check(VARIED, "&status=pending", "a.status = 'pending'");
        check(VARIED, "&status=cancelled,unsuccessful", "a.status in ('cancelled', 'unsuccessful')");
        check(VARIED, "&mainProcurementCategory=services", "p.main_procurement_category = 'services'");
        check(VARIED, "&mainProcurementCategory=goods,works&status=active,unsuccessful",
                "p.main_procurement_category in ('goods', 'works') and a.status in ('active', 'unsuccessful')");
        // The currency alone is that of the prices, whatever the award's value is in.
        assertThat(check(VARIED, "&currency=USD", "i.unit_value_currency = 'USD'")).isEqualTo(Map.of(CPC + "/USD", 4L));
        check(VARIED, "&currency=EUR&status=active,unsuccessful", "i.unit_value_currency = 'EUR' "
                + "and a.status in ('active', 'unsuccessful')");
        // An amount range holds the award's value to it too: v5 (valued in EUR) and v6 (no value) are left out.
        assertThat(check(VARIED, "&currency=USD&minAmount=50", "i.unit_value_currency = 'USD' "
                + "and a.value_currency = 'USD' and a.value_amount >= 50")).isEqualTo(Map.of(CPC + "/USD", 2L));
        check(VARIED, "&currency=USD&maxAmount=1000", "i.unit_value_currency = 'USD' and a.value_currency = 'USD' "
                + "and a.value_amount <= 1000");
    }

    /**
     * Checks that the comparison over the classification prefix 3 of {@code source}, with {@code filters}, counts
     * in each class and currency the purchases that {@code condition} (over items {@code i}, awards {@code a} and
     * processes {@code p}) selects; returns the counts.
     */
    private static Map<String, Long> check(String source, String filters, String condition) {
        Map<String, Long> answered = new TreeMap<>();
        for (JsonNode item : walk("/api/v1/analytics/prices?classification=3&source=" + source + filters)) {
            answered.merge(item.at("/classification/id").asText() + "/" + item.get("currency").asText(),
                    item.get("purchases").asLong(), Long::sum);
        }
        String statusDefault = filters.contains("status=") ? ""
                : " and coalesce(a.status, '') not in ('cancelled', 'unsuccessful')";
        Map<String, Long> counted = new TreeMap<>();
        for (List<String> row : TestDatabase.rows("""
                select i.classification_id || '/' || i.unit_value_currency, count(*)
                from item i
                join award a on a.ocid = i.ocid and a.award_id = i.parent_id
                join process p on p.ocid = i.ocid
                where i.scope = 'award' and i.unit_value_amount > 0 and i.classification_id like '3%%'
                  and p.source_id = (select id from source where name = '%s')%s and (%s)
                group by 1""".formatted(source, statusDefault, condition))) {
            counted.put(row.get(0), Long.parseLong(row.get(1)));
        }
        assertThat(answered).as(source + filters).isEqualTo(counted);
        return counted;
    }

    private static void narrower(long all, Map<String, Long> selected) {
        assertThat(total(selected)).isBetween(1L, all - 1);
    }

    private static long total(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The organization of the most purchases of the generated sample in the given column (with p, i). */
    private static String busiest(String column) {
        return ("select o.identity_key from item i join process p on p.ocid = i.ocid join organization o on o.id = %s "
                + "where i.scope = 'award' and i.unit_value_amount > 0 and i.classification_id like '3%%' "
                + "and p.source_id = (select id from source where name = '%s') "
                + "group by o.identity_key order by count(*) desc, o.identity_key limit 1")
                .formatted(column, GENERATED);
    }

    private static String value(String amount, String currency) {
        return "\"value\": {\"amount\": %s, \"currency\": \"%s\"}, ".formatted(amount, currency);
    }

    private static String release(String name, String category, String awardStatus, String itemCurrency,
                                  String awardValue) {
        String ocid = "ocds-t5prif-" + name;
        return ("{\"ocid\": \"%s\", \"id\": \"%s-1\", \"date\": \"2024-05-01T10:00:00-05:00\", \"tag\": [\"award\"], "
                + "\"buyer\": {\"id\": \"EC-RUC-1768000050001-1\", \"name\": \"Comprador V\"}, "
                + "\"parties\": [{\"id\": \"EC-RUC-1768000050001-1\", \"name\": \"Comprador V\", "
                + "\"roles\": [\"buyer\"]}, "
                + "{\"id\": \"EC-RUC-0992000050001-2\", \"name\": \"Proveedor V\", \"roles\": [\"supplier\"]}], "
                + "\"tender\": {\"id\": \"t\", \"title\": \"Compra %s\", \"mainProcurementCategory\": \"%s\"}, "
                + "\"awards\": [{\"id\": \"a1\", \"status\": \"%s\", %s\"date\": \"2024-05-10T10:00:00-05:00\", "
                + "\"suppliers\": [{\"id\": \"EC-RUC-0992000050001-2\", \"name\": \"Proveedor V\"}], "
                + "\"items\": [%s]}]}")
                .formatted(ocid, ocid, name, category, awardStatus, awardValue,
                        PricesTestData.item("1", CPC, "GUANTES DE NITRILO", "100", "Unidad", "0.25", itemCurrency));
    }
}
