package org.opencompras.process;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The real SERCOP compiled release used by the tests, and a JSON parser that keeps amounts exact. */
final class SercopFixture {

    static final String OCID = "ocds-5wno2w-SIE-HOALO-2025-003-141697";
    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private SercopFixture() {
    }

    /** The single (compiled) release of the package SERCOP's api/record returned for {@link #OCID}. */
    static JsonNode compiledRelease() {
        try (InputStream in = SercopFixture.class.getResourceAsStream("/ocds/ecuador/" + OCID + ".json")) {
            return JSON.readTree(in).get("releases").get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
