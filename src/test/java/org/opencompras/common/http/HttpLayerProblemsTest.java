package org.opencompras.common.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.opencompras.RawHttp;
import org.opencompras.RawHttp.Answer;

/**
 * Errors found by the HTTP layer, before any resource runs, are problem documents like every other error: sent
 * byte for byte, since a client library would refuse to send most of these requests.
 */
@QuarkusTest
class HttpLayerProblemsTest {

    private static final String PROBLEMS = "https://opencompras.org/problems/";

    @Test
    void shouldNameTheParameterWithInvalidPercentEncoding() {
        Answer answer = RawHttp.get("/api/v1/contracts?source=x&limit=%zz");
        assertProblem(answer, 400, "invalid-parameter");
        assertThat(answer.json().at("/invalidParams/0/name").asText()).isEqualTo("limit");
        assertThat(answer.json().at("/invalidParams/0/reason").asText()).contains("percent-encoding");
    }

    @Test
    void shouldRefuseAnOverlongRequestTargetWithAProblem() {
        Answer answer = RawHttp.get("/api/v1/contracts?q=" + "a".repeat(9_000));
        assertProblem(answer, 414, "uri-too-long");
        assertThat(answer.json().at("/detail").asText()).contains("8192");
    }

    @Test
    void shouldRefuseOversizedHeadersWithAProblem() {
        Answer answer = RawHttp.get("/api/v1/contracts", "X-Padding: " + "b".repeat(17_000));
        assertProblem(answer, 431, "header-fields-too-large");
    }

    @Test
    void shouldRefuseARequestWithoutHostWithAProblem() {
        Answer answer = RawHttp.exchange("GET /api/v1/contracts HTTP/1.1\r\nConnection: close\r\n\r\n");
        assertProblem(answer, 400, "bad-request");
        assertThat(answer.json().at("/detail").asText()).contains("Host");
    }

    @Test
    void shouldAnswerAnUnproducibleAcceptWithAProblem() {
        Answer answer = RawHttp.get("/api/v1/contracts", "Accept: image/png");
        assertProblem(answer, 406, "not-acceptable");
    }

    @Test
    void shouldAnswerPathsOutsideTheApiWithAProblem() {
        assertProblem(RawHttp.get("/nothing-here"), 404, "not-found");
        assertProblem(RawHttp.get("/q/nothing-here"), 404, "not-found");
    }

    @Test
    void shouldRefuseAnInvalidPathWithAProblem() {
        Answer answer = RawHttp.get("/api/v1/contracts/%zz");
        assertProblem(answer, 400, "bad-request");
        assertThat(answer.json().at("/detail").asText()).contains("not a valid URI");
    }

    @Test
    void shouldAnswerABodyOverTheLimitWithAProblem() {
        Answer answer = RawHttp.exchange("POST /api/v1/ingest?source=x HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer test-admin-key\r\nContent-Type: application/json\r\n"
                + "Content-Length: 99000000000\r\nConnection: close\r\n\r\n");
        assertProblem(answer, 413, "payload-too-large");
    }

    private static void assertProblem(Answer answer, int status, String type) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).as(answer.body()).startsWith("application/problem+json");
        assertThat(answer.json().at("/type").asText()).isEqualTo(PROBLEMS + type);
        assertThat(answer.json().at("/status").asInt()).isEqualTo(status);
        assertThat(answer.body()).doesNotContain("Exception").doesNotContain("\"stack\"");
    }
}
