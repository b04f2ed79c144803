package org.opencompras.generate;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Writes the small OCDS objects releases are made of: values, organization references, parties, items. */
final class JsonParts {

    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    private JsonParts() {
    }

    static void date(JsonGenerator json, String field, OffsetDateTime date) throws IOException {
        json.writeStringField(field, DATE_TIME.format(date));
    }

    static void value(JsonGenerator json, String field, BigDecimal amount) throws IOException {
        json.writeObjectFieldStart(field);
        json.writeNumberField("amount", amount);
        json.writeStringField("currency", "USD");
        json.writeEndObject();
    }

    static void reference(JsonGenerator json, Organization organization, String name) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", organization.partyId());
        json.writeStringField("name", name);
        json.writeEndObject();
    }

    static void party(JsonGenerator json, Organization organization, String name, List<String> roles)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("id", organization.partyId());
        json.writeStringField("name", name);
        json.writeArrayFieldStart("roles");
        for (String role : roles) {
            json.writeString(role);
        }
        json.writeEndArray();
        json.writeObjectFieldStart("identifier");
        json.writeStringField("id", organization.partyId());
        json.writeStringField("scheme", "EC-RUC");
        json.writeStringField("legalName", name);
        json.writeEndObject();
        json.writeObjectFieldStart("address");
        json.writeStringField("region", organization.canton().province());
        json.writeStringField("locality", organization.canton().name());
        json.writeStringField("countryName", "ECUADOR");
        json.writeEndObject();
        json.writeObjectFieldStart("contactPoint");
        json.writeStringField("name", name);
        json.writeEndObject();
        json.writeEndObject();
    }

    /** The items array, with the estimated or the awarded unit prices. */
    static void items(JsonGenerator json, List<PlannedProcess.Item> items, boolean awarded) throws IOException {
        json.writeArrayFieldStart("items");
        for (PlannedProcess.Item item : items) {
            CatalogItem product = item.item();
            json.writeStartObject();
            json.writeStringField("id", item.id());
            json.writeStringField("description", product.description());
            json.writeObjectFieldStart("classification");
            json.writeStringField("scheme", "CPC");
            json.writeStringField("id", product.cpc());
            json.writeStringField("description", product.description());
            json.writeEndObject();
            json.writeNumberField("quantity", item.quantity());
            json.writeObjectFieldStart("unit");
            json.writeStringField("name", product.unit());
            value(json, "value", awarded ? item.awardedUnitPrice() : item.estimatedUnitPrice());
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
    }
}
