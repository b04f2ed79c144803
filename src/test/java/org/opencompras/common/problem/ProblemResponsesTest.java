package org.opencompras.common.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Whatever goes wrong in a request, the answer is a problem document, never a bare error page. */
@QuarkusTest
class ProblemResponsesTest {

    @Test
    void shouldAnswerAnUnknownPathWithANotFoundProblem() {
        given().when().get("/api/v1/no-such-thing")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://opencompras.org/problems/not-found"))
                .body("instance", equalTo("/api/v1/no-such-thing"));
    }

    @Test
    void shouldAnswerAWrongMethodWithAProblem() {
        given().when().get("/api/v1/ingest")
                .then().statusCode(405)
                .contentType("application/problem+json")
                .body("type", equalTo("https://opencompras.org/problems/method-not-allowed"));
    }

    @Test
    void shouldAnswerAnUnsupportedBodyTypeWithAProblem() {
        given().header("Authorization", "Bearer test-admin-key").contentType("text/csv").body("a,b")
                .when().post("/api/v1/ingest")
                .then().statusCode(415)
                .contentType("application/problem+json")
                .body("status", equalTo(415))
                .body(not(containsString("Exception")));
    }
}
