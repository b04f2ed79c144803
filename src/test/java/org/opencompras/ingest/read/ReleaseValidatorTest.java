package org.opencompras.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;

class ReleaseValidatorTest {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    private static String problem(String json) throws Exception {
        JsonNode node = MAPPER.readTree(json);
        return ReleaseValidator.problem(node).orElse(null);
    }

    private static String release(String extraFields) {
        return "{\"ocid\":\"ocds-1\",\"id\":\"r1\",\"date\":\"2020-03-01T10:00:00-05:00\"" + extraFields + "}";
    }

    @Test
    void shouldAcceptAMinimalRelease() throws Exception {
        assertThat(problem(release(""))).isNull();
        assertThat(problem(release(",\"tag\":[\"planning\",\"tender\"]"))).isNull();
    }

    @Test
    void shouldAcceptAnIntegerIdATagStringAndAUtcDate() throws Exception {
        assertThat(problem("{\"ocid\":\"ocds-1\",\"id\":7,\"date\":\"2020-03-01T10:00:00Z\",\"tag\":\"tender\"}")).isNull();
    }

    @Test
    void shouldRejectIdentifiersWithControlCharactersOrOverlong() throws Exception {
        assertThat(problem("{\"ocid\":\"ocds-1\\u0000\",\"id\":\"r1\",\"date\":\"2020-03-01T10:00:00Z\"}"))
                .isEqualTo("ocid contains a control character");
        assertThat(problem("{\"ocid\":\"ocds-1\",\"id\":\"r\\n1\",\"date\":\"2020-03-01T10:00:00Z\"}"))
                .isEqualTo("id contains a control character");
        assertThat(problem("{\"ocid\":\"" + "x".repeat(1001) + "\",\"id\":\"r1\",\"date\":\"2020-03-01T10:00:00Z\"}"))
                .isEqualTo("ocid is longer than 1000 characters");
    }

    @Test
    void shouldRejectWhatIsNotAnObject() throws Exception {
        assertThat(problem("[1]")).isEqualTo("a release must be a JSON object, found an array");
        assertThat(problem("null")).isEqualTo("a release must be a JSON object, found null");
        assertThat(ReleaseValidator.problem(null)).contains("a release must be a JSON object, found nothing");
    }

    @Test
    void shouldRejectAMissingOrMistypedOcid() throws Exception {
        assertThat(problem("{\"id\":\"1\",\"date\":\"2020-03-01T10:00:00Z\"}")).isEqualTo("missing ocid");
        assertThat(problem("{\"ocid\":5,\"id\":\"1\",\"date\":\"2020-03-01T10:00:00Z\"}"))
                .isEqualTo("ocid must be a string, found a number");
        assertThat(problem("{\"ocid\":\" \",\"id\":\"1\",\"date\":\"2020-03-01T10:00:00Z\"}")).isEqualTo("ocid is empty");
    }

    @Test
    void shouldRejectAMissingOrMistypedId() throws Exception {
        assertThat(problem("{\"ocid\":\"o\",\"date\":\"2020-03-01T10:00:00Z\"}")).isEqualTo("missing id");
        assertThat(problem("{\"ocid\":\"o\",\"id\":1.5,\"date\":\"2020-03-01T10:00:00Z\"}"))
                .isEqualTo("id must be a string, found a number");
        assertThat(problem("{\"ocid\":\"o\",\"id\":\"\",\"date\":\"2020-03-01T10:00:00Z\"}")).isEqualTo("id is empty");
    }

    @Test
    void shouldRejectADateWithoutAZoneOffset() throws Exception {
        assertThat(problem("{\"ocid\":\"o\",\"id\":\"1\",\"date\":\"2020-03-01T10:00:00\"}"))
                .startsWith("date \"2020-03-01T10:00:00\" is not an ISO 8601 date-time with a zone offset");
        assertThat(problem("{\"ocid\":\"o\",\"id\":\"1\",\"date\":20200301}")).isEqualTo("date must be a string, found a number");
        assertThat(problem("{\"ocid\":\"o\",\"id\":\"1\"}")).isEqualTo("missing date");
    }

    @Test
    void shouldRejectATagThatIsNotStrings() throws Exception {
        assertThat(problem(release(",\"tag\":{\"a\":1}"))).isEqualTo("tag must be an array of strings, found an object");
        assertThat(problem(release(",\"tag\":[\"tender\",3]"))).isEqualTo("tag[1] must be a string, found a number");
    }

    @Test
    void shouldRejectNumbersThatDoNotFitADoubleNamingTheirPath() throws Exception {
        assertThat(problem(release(",\"awards\":[{\"value\":{\"amount\":1e9999}}]")))
                .isEqualTo("awards[0].value.amount: number 1e9999 is out of range");
        assertThat(problem(release(",\"tender\":{\"value\":{\"amount\":-2.5e-400}}")))
                .isEqualTo("tender.value.amount: number -2.5e-400 is out of range");
        assertThat(problem(release(",\"n\":1" + "0".repeat(400))))
                .isEqualTo("n: number 10000000000000000000... (401 digits) is out of range");
        assertThat(problem(release(",\"n\":1.7e308,\"m\":0.0,\"k\":12345678901234567890123"))).isNull();
    }
}
