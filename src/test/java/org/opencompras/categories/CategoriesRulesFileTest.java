package org.opencompras.categories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencompras.categories.CategoriesResourceTest.get;
import static org.opencompras.categories.CategoriesResourceTest.walk;
import static org.opencompras.categories.CategoriesTestData.SOURCE;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The hand-written processes of {@link CategoriesTestData} classified by a rules file of two categories instead of
 * the bundled COVID-19 ones: "jardin" (the parks-and-gardens service of P-1) and the CPC prefix 3811 (the office
 * chair of P-2); everything else is other.
 */
@QuarkusTest
@TestProfile(CategoriesRulesFileTest.GardensAndFurniture.class)
class CategoriesRulesFileTest {

    public static class GardensAndFurniture implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                Path rules = Path.of(Objects.requireNonNull(CategoriesRulesFileTest.class
                        .getResource("/categories/gardens-and-furniture.json")).toURI());
                return Map.of("opencompras.categories.rules-file", rules.toString());
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @BeforeEach
    void load() {
        CategoriesTestData.load();
    }

    @Test
    void shouldClassifyByTheRulesOfTheConfiguredFile() {
        JsonNode answer = get("/api/v1/analytics/categories?source=" + SOURCE);
        JsonNode categories = answer.at("/data/categories");
        List<String> codes = new ArrayList<>();
        categories.forEach(category -> codes.add(category.get("code").asText()));
        assertThat(codes).containsExactly("gardens", "furniture", "other");
        assertThat(categories.get(0).get("name").asText()).isEqualTo("Parques y jardines");
        assertThat(categories.get(0).get("keywords").toString()).isEqualTo("[\"jardin\"]");
        assertThat(categories.get(1).get("cpcPrefixes").toString()).isEqualTo("[\"3811\"]");

        // P-1: 24 months at 4,200.00. P-2: 2 chairs at 140.
        assertCategory(categories.get(0), 1, 1, Map.of("USD", new BigDecimal("100800.00")));
        assertCategory(categories.get(1), 1, 1, Map.of("USD", new BigDecimal("280")));
        // The ten other items of P-2 to P-5, which the bundled rules spread over their four categories; the
        // gloves of P-3 and the desk of P-5 have no price. USD: masks 350, alcohol 32, paracetamol 40, product X
        // 4.5, hypochlorite 42, soap 2, N95 masks 190.
        assertCategory(categories.get(2), 10, 4,
                Map.of("USD", new BigDecimal("660.5"), "EUR", new BigDecimal("16.0")));

        List<JsonNode> chairs = walk("/api/v1/analytics/categories/items?category=furniture&source=" + SOURCE);
        assertThat(chairs).hasSize(1);
        assertThat(chairs.get(0).at("/item/description").asText()).isEqualTo("SILLA ERGONOMICA DE OFICINA");
        assertThat(chairs.get(0).at("/matched/rule").asText()).isEqualTo("3811");
        List<String> other = new ArrayList<>();
        walk("/api/v1/analytics/categories/items?category=other&source=" + SOURCE)
                .forEach(item -> other.add(item.at("/item/description").asText()));
        assertThat(other).hasSize(10)
                .contains("MASCARILLA QUIRURGICA", "Mascarillas N95", "PARACETAMOL 500 MG TABLETA");
        // The bundled categories are gone, and asking for one is a bad parameter.
        CategoriesResourceTest.refused("/api/v1/analytics/categories/items?category=protective-supplies", "category");
    }

    private static void assertCategory(JsonNode category, long items, long processes, Map<String, BigDecimal> values) {
        String code = category.get("code").asText();
        assertThat(category.get("items").asLong()).as("items of " + code).isEqualTo(items);
        assertThat(category.get("processes").asLong()).as("processes of " + code).isEqualTo(processes);
        Map<String, String> amounts = new TreeMap<>();
        category.get("values").forEach(value -> amounts.put(value.get("currency").asText(),
                plain(value.get("amount").decimalValue())));
        Map<String, String> expected = new TreeMap<>();
        values.forEach((currency, amount) -> expected.put(currency, plain(amount)));
        assertThat(amounts).as("values of " + code).isEqualTo(expected);
    }

    private static String plain(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }
}
