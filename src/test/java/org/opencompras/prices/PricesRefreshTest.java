package org.opencompras.prices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencompras.prices.PricesTestData.B1;
import static org.opencompras.prices.PricesTestData.B2;
import static org.opencompras.prices.PricesTestData.S1;
import static org.opencompras.prices.PricesTestData.S2;
import static org.opencompras.prices.PricesTestData.get;
import static org.opencompras.prices.PricesTestData.ingest;
import static org.opencompras.prices.PricesTestData.item;
import static org.opencompras.prices.PricesTestData.purchase;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencompras.TestDatabase;

/** The purchases are read from a precomputed copy: an ingest's purchases must show in the next answer. */
@QuarkusTest
class PricesRefreshTest {

    private static final String SOURCE = "prices-refresh";
    private static final String GLOVES = "999900001";
    private static final String PRICES = "/api/v1/analytics/prices?source=" + SOURCE + "&classification=9999";

    @Test
    void shouldAnswerWithTheNewPurchasesAfterAnIngest() {
        ingest(SOURCE, purchase("r1", B1, S1, "active", item("1", GLOVES, "GUANTES DE NITRILO", "100", "Unidad", "1.00",
                "USD")));
        JsonNode before = onlyClass(get(PRICES));
        assertThat(before.get("purchases").asLong()).isEqualTo(1);
        assertThat(before.at("/prices/median").decimalValue()).isEqualByComparingTo("1.00");
        assertThat(before.at("/prices/max").decimalValue()).isEqualByComparingTo("1.00");

        // A box of 10 at 30.00 is 3.00 a glove.
        ingest(SOURCE, purchase("r2", B2, S2, "active", item("1", GLOVES, "GUANTES DE NITRILO", "5", "CAJA X 10",
                "30.00", "USD")));
        JsonNode after = onlyClass(get(PRICES));
        assertThat(after.get("purchases").asLong()).isEqualTo(2);
        assertThat(after.at("/prices/min").decimalValue()).isEqualByComparingTo("1.00");
        assertThat(after.at("/prices/median").decimalValue()).isEqualByComparingTo("2.00");
        assertThat(after.at("/prices/max").decimalValue()).isEqualByComparingTo("3");
        assertThat(after.get("buyers")).hasSize(2);
        JsonNode supplier = onlyClass(get("/api/v1/suppliers/" + S2 + "/prices?source=" + SOURCE));
        assertThat(supplier.get("purchases").asLong()).isEqualTo(1);
        assertThat(supplier.at("/prices/median").decimalValue()).isEqualByComparingTo("3");

        // The copy holds exactly the stored priced award items of this source.
        List<List<String>> copied = TestDatabase.rows("""
                select count(*) from price_purchase u
                where u.source_id = (select id from source where name = '""" + SOURCE + "')");
        List<List<String>> stored = TestDatabase.rows("""
                select count(*) from item i join process p on p.ocid = i.ocid
                where i.scope = 'award' and i.unit_value_amount > 0
                  and p.source_id = (select id from source where name = '""" + SOURCE + "')");
        assertThat(copied).isEqualTo(stored).isEqualTo(List.of(List.of("2")));
    }

    private static JsonNode onlyClass(JsonNode page) {
        assertThat(page.get("data")).hasSize(1);
        JsonNode only = page.get("data").get(0);
        assertThat(only.at("/classification/id").asText()).isEqualTo(GLOVES);
        assertThat(only.get("currency").asText()).isEqualTo("USD");
        assertThat(only.get("unit").asText()).isEqualTo("unidad");
        return only;
    }
}
