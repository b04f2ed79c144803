package org.opencompras.common.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Every date filter takes the same range of dates as a lower and as an upper bound. */
@QuarkusTest
class DateBoundsTest {

    private static final String[] BOUNDS = {"signed", "awarded", "published"};

    @Test
    void shouldTakeTheLastDayAsAnUpperBoundOfEveryDateFilter() {
        for (String bound : BOUNDS) {
            given().queryParam(bound + "To", "9999-12-31").when().get("/api/v1/contracts")
                    .then().statusCode(200);
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
