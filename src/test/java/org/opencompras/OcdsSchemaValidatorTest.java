package org.opencompras;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class OcdsSchemaValidatorTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static ObjectNode sercopPackage() throws Exception {
        try (InputStream in = OcdsSchemaValidatorTest.class
                .getResourceAsStream("/ocds/ecuador/ocds-5wno2w-SIE-HOALO-2025-003-141697.json")) {
            return (ObjectNode) MAPPER.readTree(in);
        }
    }

    @Test
    void shouldAcceptARealSercopReleasePackage() throws Exception {
        assertThat(OcdsSchemaValidator.validateReleasePackage(sercopPackage())).isEmpty();
    }

    @Test
    void shouldReportMissingFieldsBadEnumsAndBadDates() throws Exception {
        ObjectNode releasePackage = sercopPackage();
        releasePackage.remove("publisher");
        ObjectNode release = (ObjectNode) releasePackage.get("releases").get(0);
        release.put("date", "19/12/2025");
        ((ObjectNode) release.get("tender")).put("status", "abierto");

        assertThat(OcdsSchemaValidator.validateReleasePackage(releasePackage))
                .anyMatch(error -> error.contains("publisher"))
                .anyMatch(error -> error.contains("/releases/0/date"))
                .anyMatch(error -> error.contains("/releases/0/tender/status"));
    }

    @Test
    void shouldValidateRecordPackagesWithTheirReleases() throws Exception {
        JsonNode release = sercopPackage().get("releases").get(0);
        ObjectNode recordPackage = sercopPackage();
        recordPackage.remove("releases");
        ObjectNode record = MAPPER.createObjectNode();
        record.put("ocid", release.get("ocid").asText());
        record.putArray("releases").add(release);
        record.set("compiledRelease", release);
        recordPackage.putArray("records").add(record);

        assertThat(OcdsSchemaValidator.validateRecordPackage(recordPackage)).isEmpty();

        ((ArrayNode) record.get("releases")).removeAll();
        record.remove("ocid");
        assertThat(OcdsSchemaValidator.validateRecordPackage(recordPackage)).anyMatch(e -> e.contains("ocid"));
    }
}
