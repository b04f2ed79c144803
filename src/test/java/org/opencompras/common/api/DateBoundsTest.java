package org.opencompras.common.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every date filter takes the same range of dates as a lower and as an upper bound. */
@QuarkusTest
class DateBoundsTest {

    private static final String[] BOUNDS = {"signed", "awarded", "published"};

    @Test
    void shouldTakeTheLastDayAsAnUpperBoundOfEveryDateFilter() {
        given().contentType("application/json").header("Authorization", "Bearer test-admin-key")
                .body("""
                        {"ocid": "ocds-bounds-1", "id": "1", "date": "2024-01-01T00:00:00Z", "tag": ["contract"],
                         "awards": [{"id": "a1", "status": "active"}],
                         "contracts": [{"id": "c1", "awardID": "a1", "status": "active",
                           "dateSigned": "2024-01-02T00:00:00Z", "value": {"amount": 10, "currency": "USD"}}]}""")
                .queryParam("source", "date-bounds-test")
                .when().post("/api/v1/ingest").then().statusCode(200);
        List<String> all = given().when().get("/api/v1/contracts?limit=500").then().statusCode(200)
                .extract().path("data.id");
        assertThat(all).isNotEmpty();
        for (String bound : BOUNDS) {
            List<String> bounded = given().queryParam(bound + "To", "9999-12-31").queryParam("limit", 500)
                    .when().get("/api/v1/contracts").then().statusCode(200).extract().path("data.id");
            assertThat(bounded).as("the last day bounds nothing out").isEqualTo(all);
            given().queryParam(bound + "From", "9999-12-31").queryParam(bound + "To", "9999-12-31")
                    .when().get("/api/v1/stats/summary")
                    .then().statusCode(200)
                    .body("meta.filters." + bound + "From", equalTo("9999-12-31T00:00:00Z"))
                    .body("meta.filters." + bound + "To", nullValue());
        }
        given().queryParam("since", "9999-12-31").when().get("/api/v1/releases").then().statusCode(204);
    }

    @Test
    void shouldRefuseInstantsBeyondTheLastYearInUtc() {
        for (String bound : BOUNDS) {
            given().queryParam(bound + "To", "9999-12-31T23:00:00-05:00").when().get("/api/v1/contracts")
                    .then().statusCode(400)
                    .body("invalidParams[0].name", equalTo(bound + "To"));
            given().queryParam(bound + "From", "10000-01-01").when().get("/api/v1/contracts")
                    .then().statusCode(400)
                    .body("invalidParams[0].name", equalTo(bound + "From"));
        }
    }

    @Test
    void shouldStillTakeInTheWholeDayOfAnUpperBound() {
        given().queryParam("signedFrom", "2020-03-31").queryParam("signedTo", "2020-03-31")
                .when().get("/api/v1/stats/summary")
                .then().statusCode(200)
                .body("meta.filters.signedTo", equalTo("2020-04-01T00:00:00Z"));
    }
}
