package org.opencompras.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HealthTest {

    @Test
    void shouldBeReadyOnceMigrationsRanAndTheDatabaseAnswers() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database migrations"))
                .body("checks.find { it.name == 'Database migrations' }.data.pending", equalTo(0))
                .body("checks.find { it.name == 'Database migrations' }.data.schemaVersion", not(equalTo("none")))
                .body("checks.name", hasItem("Database connections health check"));
    }

    @Test
    void shouldServeTheOpenApiDocumentAndSwaggerUi() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("openapi", equalTo("3.1.0"))
                .body("paths.'/api/v1/records/{ocid}'.get.summary", equalTo("The OCDS record of one process"))
                .body("paths.'/api/v1/ingest'.post.responses.'401'.description",
                        equalTo("No admin key, or not a valid one; the body is not read"));
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }
}
