package org.opencompras.parties;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.opencompras.parties.PartiesTestData.values;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrganizationTotalsRefreshTest {

    private static final String SOURCE = "parties-late";
    private static final String SUPPLIER = "EC-RUC-0991234608001";

    private static String release(String ocid, String amount) {
        return ("{\"ocid\": \"%s\", \"id\": \"1\", \"date\": \"2024-06-01T10:00:00-05:00\", \"tag\": [\"contract\"], "
                + "\"buyer\": {\"id\": \"EC-RUC-1760990380001-1\", \"name\": \"LATE BUYER\"}, "
                + "\"parties\": [{\"id\": \"EC-RUC-1760990380001-1\", \"name\": \"LATE BUYER\", \"roles\": [\"buyer\"]}, "
                + "{\"id\": \"EC-RUC-0991234608001-1\", \"name\": \"LATE SUPPLIER\", \"roles\": [\"supplier\"]}], "
                + "\"awards\": [{\"id\": \"a\", \"suppliers\": [{\"id\": \"EC-RUC-0991234608001-1\"}], "
                + "\"value\": {\"amount\": %s, \"currency\": \"USD\"}}], "
                + "\"contracts\": [{\"id\": \"c\", \"awardID\": \"a\", \"value\": {\"amount\": %s, \"currency\": \"USD\"}}]}")
                .formatted(ocid, amount, amount);
    }

    @Test
    void shouldRecomputeTotalsWhenAnIngestFinishesAndNotServeCachedAnswersFromBefore() {
        given().when().get("/api/v1/suppliers/" + SUPPLIER).then().statusCode(404);

        PartiesTestData.ingest(SOURCE, release("ocds-t5late-1", "10.00"));
        Response first = given().when().get("/api/v1/suppliers?source=" + SOURCE);
        first.then().statusCode(200);
        JsonNode item = PartiesTestData.read(first.asString()).at("/data/0");
        assertThat(item.get("id").asText()).isEqualTo(SUPPLIER);
        assertThat(item.at("/totals/contracts").asInt()).isEqualTo(1);
        assertThat(values(item.at("/totals/values"))).isEqualTo("USD=10.00/1");
        String asOf = PartiesTestData.get("/api/v1/suppliers/" + SUPPLIER).get("totalsAsOf").asText();

        PartiesTestData.ingest(SOURCE, release("ocds-t5late-2", "5.50"));
        Response second = given().header("If-None-Match", first.getHeader("ETag"))
                .when().get("/api/v1/suppliers?source=" + SOURCE);
        second.then().statusCode(200);
        assertThat(second.getHeader("ETag")).isNotEqualTo(first.getHeader("ETag"));
        item = PartiesTestData.read(second.asString()).at("/data/0");
        assertThat(item.at("/totals/contracts").asInt()).isEqualTo(2);
        assertThat(values(item.at("/totals/values"))).isEqualTo("USD=15.50/2");
        JsonNode profile = PartiesTestData.get("/api/v1/suppliers/" + SUPPLIER);
        assertThat(profile.get("totalsAsOf").asText()).isGreaterThanOrEqualTo(asOf);
        assertThat(profile.at("/totals/buyers").asInt()).isEqualTo(1);

        given().header("If-None-Match", second.getHeader("ETag")).when().get("/api/v1/suppliers?source=" + SOURCE)
                .then().statusCode(304);
    }
}
