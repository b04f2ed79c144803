package org.opencompras.common.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * The one JSON configuration of the project: decimals are read as exact {@code BigDecimal}s and written
 * back as plain digits, so an amount never passes through a {@code double}.
 */
public final class Json {

    /**
     * Longest number text read (the parser's default is 1,000). Everything that reads releases uses this
     * limit, so a release accepted once can always be read back from the database.
     */
    public static final int MAX_NUMBER_LENGTH = 100_000;

    private static final ObjectMapper MAPPER = configure(new ObjectMapper().findAndRegisterModules());

    private Json() {
    }

    /** A shared, fully configured mapper (thread-safe). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Applies the project's settings to a mapper, including the one Quarkus builds for REST. */
    public static ObjectMapper configure(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        mapper.setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
        mapper.configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
        mapper.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        mapper.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(50_000_000)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .build());
        return mapper;
    }
}
