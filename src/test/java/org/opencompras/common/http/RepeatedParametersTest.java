package org.opencompras.common.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** A parameter given twice is refused whichever value comes first, on every operation. */
@QuarkusTest
class RepeatedParametersTest {

    @Test
    void shouldRefuseARepeatedParameterWhicheverValueComesFirst() {
        for (String query : new String[] {"limit=5&limit=600", "limit=600&limit=5", "limit=5&limit=5"}) {
            given().urlEncodingEnabled(false).when().get("/api/v1/contracts?" + query)
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://opencompras.org/problems/invalid-parameter"))
                    .body("invalidParams[0].name", equalTo("limit"))
                    .body("invalidParams[0].reason", containsString("once"));
        }
    }

    @Test
    void shouldRefuseARepeatOfAFilterOrAnEncodedName() {
        given().urlEncodingEnabled(false).when().get("/api/v1/releases?since=2020-01-01&%73ince=2021-01-01")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("since"));
        given().urlEncodingEnabled(false).when().get("/api/v1/stats/summary?buyer=1&emergency=true&buyer=2")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("buyer"));
    }

    @Test
    void shouldServeEachParameterGivenOnce() {
        given().urlEncodingEnabled(false).when().get("/api/v1/contracts?limit=5&includeTotal=true")
                .then().statusCode(200).body("meta.limit", equalTo(5));
    }
}
