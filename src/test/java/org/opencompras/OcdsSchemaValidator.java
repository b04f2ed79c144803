package org.opencompras;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Validates OCDS 1.1.5 release and record packages against the official schemas, offline.
 *
 * <p>The schemas (draft-04) refer to each other by their {@code https://standard.open-contracting.org} ids;
 * these are mapped to the copies in {@code src/test/resources/ocds/schema/}, so no network is needed. Format
 * assertions are on, so bad {@code date-time} and {@code uri} values are reported too.
 *
 * <p>The validator library reads JSON with its own Jackson generation, so documents are handed over as text.
 */
public final class OcdsSchemaValidator {

    private static final String SCHEMA_BASE = "https://standard.open-contracting.org/schema/1__1__5/";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Keywords OCDS adds to its schemas for merging and documentation; they do not constrain data. */
    private static final List<String> OCDS_KEYWORDS = List.of("codelist", "openCodelist", "omitWhenMerged",
            "wholeListMerge", "versionId", "deprecated");
    private static final Dialect OCDS_DRAFT_4 = Dialect.builder(Dialects.getDraft4())
            .keywords(OCDS_KEYWORDS.stream().map(NonValidationKeyword::new).toList())
            .build();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDialect(OCDS_DRAFT_4,
            builder -> builder
                    .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
                    .schemaIdResolvers(resolvers -> resolvers.mapPrefix(SCHEMA_BASE, "classpath:ocds/schema/")));
    private static final Schema RELEASE_PACKAGE = load("release-package-schema.json");
    private static final Schema RECORD_PACKAGE = load("record-package-schema.json");

    private OcdsSchemaValidator() {
    }

    /** The schema errors of a release package, each as "instance location: message"; empty when valid. */
    public static List<String> validateReleasePackage(JsonNode releasePackage) {
        return validate(RELEASE_PACKAGE, releasePackage);
    }

    /** The schema errors of a record package, each as "instance location: message"; empty when valid. */
    public static List<String> validateRecordPackage(JsonNode recordPackage) {
        return validate(RECORD_PACKAGE, recordPackage);
    }

    private static Schema load(String file) {
        Schema schema = REGISTRY.getSchema(SchemaLocation.of(SCHEMA_BASE + file));
        schema.initializeValidators();
        return schema;
    }

    private static List<String> validate(Schema schema, JsonNode document) {
        String text;
        try {
            text = MAPPER.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        return schema.validate(text, InputFormat.JSON).stream().map(OcdsSchemaValidator::describe).toList();
    }

    private static String describe(Error error) {
        return error.getInstanceLocation() + ": " + error.getMessage();
    }
}
