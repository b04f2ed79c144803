package org.opencompras.generate;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Writes the releases of one planned process, in date order: the tender (with its planning), then the award
 * (updating the tender with its bidders) or, for a failed process, only the tender update, then the contract.
 * Each release carries only what changed, so a consumer has to merge them to get the whole process.
 */
final class ReleaseWriter {

    private static final DateTimeFormatter RELEASE_ID_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");
    /** Contracts ending before this day are published as terminated, later ones as active. */
    private static final LocalDate DATA_CUTOFF = LocalDate.of(2025, 1, 1);

    private ReleaseWriter() {
    }

    /** Writes the process's releases as root values or array elements; returns how many were written. */
    static int write(JsonGenerator json, PlannedProcess process) throws IOException {
        PlannedProcess.Timeline timeline = process.timeline();
        tender(json, process);
        if (process.outcome() == PlannedProcess.Outcome.UNSUCCESSFUL) {
            tenderUpdate(json, process, List.of("tenderUpdate"), "unsuccessful", timeline.award());
            return 2;
        }
        tenderUpdate(json, process, List.of("tenderUpdate", "award"), "complete", timeline.award());
        if (process.outcome() == PlannedProcess.Outcome.AWARDED) {
            return 2;
        }
        contract(json, process);
        return 3;
    }

    private static void tender(JsonGenerator json, PlannedProcess process) throws IOException {
        OffsetDateTime date = process.timeline().tenderStart();
        start(json, process, date, List.of("planning", "tender"));
        json.writeObjectFieldStart("planning");
        json.writeStringField("rationale", process.description());
        json.writeObjectFieldStart("budget");
        json.writeStringField("id", process.category().equals("works") ? "750105" : "530807");
        JsonParts.value(json, "amount", process.estimatedValue());
        json.writeEndObject();
        json.writeEndObject();

        json.writeObjectFieldStart("tender");
        json.writeStringField("id", process.ocidBody());
        json.writeStringField("title", process.title());
        json.writeStringField("description", process.description());
        json.writeStringField("status", "active");
        json.writeFieldName("procuringEntity");
        JsonParts.reference(json, process.buyer().organization(), process.buyer().organization().name());
        JsonParts.items(json, process.items(), false);
        JsonParts.value(json, "value", process.estimatedValue());
        json.writeStringField("procurementMethod", process.method().ocdsMethod);
        json.writeStringField("procurementMethodDetails", process.method().details);
        json.writeStringField("mainProcurementCategory", process.category());
        json.writeObjectFieldStart("tenderPeriod");
        JsonParts.date(json, "startDate", date);
        JsonParts.date(json, "endDate", process.timeline().tenderEnd());
        json.writeEndObject();
        json.writeEndObject();

        buyerParty(json, process);
        json.writeEndArray();
        json.writeEndObject();
    }

    /** The tender's bidders and final status, with the award when there is a winner. */
    private static void tenderUpdate(JsonGenerator json, PlannedProcess process, List<String> tags, String status,
                                     OffsetDateTime date) throws IOException {
        start(json, process, date, tags);
        json.writeObjectFieldStart("tender");
        json.writeStringField("id", process.ocidBody());
        json.writeStringField("status", status);
        json.writeNumberField("numberOfTenderers", process.tenderers().size());
        json.writeArrayFieldStart("tenderers");
        for (PlannedProcess.Party tenderer : process.tenderers()) {
            JsonParts.reference(json, tenderer.organization(), tenderer.name());
        }
        json.writeEndArray();
        json.writeEndObject();
        bids(json, process.bids());

        PlannedProcess.Party winner = process.winner();
        if (winner != null) {
            json.writeArrayFieldStart("awards");
            json.writeStartObject();
            json.writeStringField("id", awardId(process));
            json.writeStringField("title", process.title());
            json.writeStringField("status", "active");
            JsonParts.date(json, "date", date);
            JsonParts.value(json, "value", process.awardedValue());
            json.writeArrayFieldStart("suppliers");
            JsonParts.reference(json, winner.organization(), winner.name());
            json.writeEndArray();
            JsonParts.items(json, process.items(), true);
            json.writeEndObject();
            json.writeEndArray();
        }

        buyerParty(json, process);
        for (PlannedProcess.Party tenderer : process.tenderers()) {
            List<String> roles = tenderer == winner ? List.of("tenderer", "supplier") : List.of("tenderer");
            JsonParts.party(json, tenderer.organization(), tenderer.name(), roles);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** The bid extension's {@code bids.details}, when the process had bids. */
    private static void bids(JsonGenerator json, List<PlannedProcess.Bid> bids) throws IOException {
        if (bids.isEmpty()) {
            return;
        }
        json.writeObjectFieldStart("bids");
        json.writeArrayFieldStart("details");
        for (PlannedProcess.Bid bid : bids) {
            json.writeStartObject();
            json.writeStringField("id", bid.id());
            JsonParts.date(json, "date", bid.date());
            json.writeStringField("status", bid.status());
            json.writeArrayFieldStart("tenderers");
            JsonParts.reference(json, bid.tenderer().organization(), bid.tenderer().name());
            json.writeEndArray();
            JsonParts.value(json, "value", bid.value());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void contract(JsonGenerator json, PlannedProcess process) throws IOException {
        PlannedProcess.Timeline timeline = process.timeline();
        start(json, process, timeline.contractSigned(), List.of("contract"));
        json.writeArrayFieldStart("contracts");
        json.writeStartObject();
        json.writeStringField("id", (2_000_000 + process.index()) + "-" + process.code());
        json.writeStringField("awardID", awardId(process));
        json.writeStringField("title", process.title());
        boolean ended = timeline.contractEnd().toLocalDate().isBefore(DATA_CUTOFF);
        json.writeStringField("status", ended ? "terminated" : "active");
        JsonParts.value(json, "value", process.awardedValue());
        JsonParts.date(json, "dateSigned", timeline.contractSigned());
        json.writeObjectFieldStart("period");
        OffsetDateTime startDay = timeline.contractSigned().truncatedTo(ChronoUnit.DAYS);
        JsonParts.date(json, "startDate", startDay);
        JsonParts.date(json, "endDate", timeline.contractEnd());
        json.writeNumberField("durationInDays", ChronoUnit.DAYS.between(startDay, timeline.contractEnd()));
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndArray();
        buyerParty(json, process);
        json.writeEndArray();
        json.writeEndObject();
    }

    /** Opens the release and writes the fields every release has, up to its open {@code parties} array. */
    private static void start(JsonGenerator json, PlannedProcess process, OffsetDateTime date, List<String> tags)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("ocid", process.ocid());
        json.writeStringField("id", process.ocidBody() + "-"
                + RELEASE_ID_TIME.format(date.withOffsetSameInstant(ZoneOffset.UTC)));
        JsonParts.date(json, "date", date);
        json.writeArrayFieldStart("tag");
        for (String tag : tags) {
            json.writeString(tag);
        }
        json.writeEndArray();
        json.writeStringField("initiationType", "tender");
        json.writeStringField("language", "es");
        json.writeFieldName("buyer");
        Organization buyer = process.buyer().organization();
        JsonParts.reference(json, buyer, buyer.name());
    }

    /** Opens the {@code parties} array with the buyer; the caller adds other parties and closes it. */
    private static void buyerParty(JsonGenerator json, PlannedProcess process)
            throws IOException {
        Organization buyer = process.buyer().organization();
        json.writeArrayFieldStart("parties");
        JsonParts.party(json, buyer, buyer.name(), List.of("buyer", "procuringEntity"));
    }

    private static String awardId(PlannedProcess process) {
        return (1_000_000 + process.index()) + "-" + process.code();
    }
}
