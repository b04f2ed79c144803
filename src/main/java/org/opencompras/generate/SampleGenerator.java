package org.opencompras.generate;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Random;

/**
 * Generates synthetic OCDS data shaped like SERCOP's (Ecuador): ocids {@code ocds-5wno2w-<code>-<entity id>}, party
 * ids {@code EC-RUC-<RUC>-<internal id>}, SERCOP procedures, CPC classifications, USD amounts in cents and
 * {@code -05:00} dates. Activity is heavy-tailed like real data: a few buyers run and a few suppliers win very
 * many processes, prices spread log-normally with some far above. Each process yields two or three releases
 * (tender, award, contract) that must be merged.
 *
 * <p>Output is streamed: memory does not grow with the number of processes. The same seed gives the same bytes.
 */
public final class SampleGenerator {

    /** How the releases are written. */
    public enum Format {
        /** One OCDS release package holding every release. */
        JSON,
        /** One release per line (JSON Lines), no package. */
        JSON_LINES
    }

    static final String OCID_PREFIX = "ocds-5wno2w";
    private static final String PUBLISHED_DATE = "2025-01-01T00:00:00-05:00";

    private final long seed;

    public SampleGenerator(long seed) {
        this.seed = seed;
    }

    /** Writes {@code processes} processes to {@code out}, which is flushed but not closed. */
    public GenerateSummary generate(int processes, OutputStream out, Format format) {
        return generate(processes, out, format, Plants.NONE);
    }

    /** The same, with facts planted as {@code plants} says; the summary tells what went where. */
    public GenerateSummary generate(int processes, OutputStream out, Format format, Plants plants) {
        if (processes < 0) {
            throw new IllegalArgumentException("processes " + processes);
        }
        Random random = new Random(seed);
        List<Canton> cantons = Canton.all();
        List<Buyer> buyers = BuyerCatalog.create(random, cantons);
        List<Organization> suppliers = SupplierCatalog.create(random, cantons);
        List<CatalogItem> items = CatalogItem.all();
        ProcessPlanner planner = new ProcessPlanner(random, buyers, suppliers, items);
        Planter planter = new Planter(plants, processes, seed, buyers, suppliers, items);
        JsonFactory factory = new JsonFactoryBuilder()
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .rootValueSeparator("\n")
                .build();
        long releases = 0;
        long awards = 0;
        long contracts = 0;
        try (JsonGenerator json = factory.createGenerator(out, JsonEncoding.UTF8)) {
            if (format == Format.JSON) {
                startPackage(json);
            }
            for (int index = 0; index < processes; index++) {
                PlannedProcess process = planter.next(planner, index);
                releases += ReleaseWriter.write(json, process);
                awards += process.winner() == null ? 0 : 1;
                contracts += process.outcome() == PlannedProcess.Outcome.CONTRACTED ? 1 : 0;
            }
            if (format == Format.JSON) {
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeRaw('\n');
            json.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new GenerateSummary(processes, releases, awards, contracts, buyers.size(), suppliers.size(),
                planter.facts());
    }

    /** The package metadata, up to the open {@code releases} array. */
    private void startPackage(JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("uri", "https://example.org/opencompras/generated/seed-" + seed + ".json");
        json.writeStringField("version", "1.1");
        json.writeStringField("publishedDate", PUBLISHED_DATE);
        json.writeObjectFieldStart("publisher");
        json.writeStringField("name", "OpenCompras synthetic data shaped like SERCOP's (not real procurement)");
        json.writeEndObject();
        json.writeStringField("license", "https://creativecommons.org/publicdomain/zero/1.0/");
        json.writeArrayFieldStart("releases");
    }
}
