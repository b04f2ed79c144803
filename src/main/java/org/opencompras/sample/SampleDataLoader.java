package org.opencompras.sample;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.opencompras.common.config.OpenComprasConfig;
import org.opencompras.generate.GenerateSummary;
import org.opencompras.generate.Plants;
import org.opencompras.generate.SampleGenerator;
import org.opencompras.ingest.IngestReport;
import org.opencompras.ingest.IngestService;
import org.opencompras.ingest.read.OcdsReader;
import org.opencompras.ingest.read.ReadProgress;

/**
 * Fills an empty database with the bundled sample, so that a first start shows data at once: the real
 * SERCOP packages shipped in the jar plus processes generated with a fixed seed, in which the generator plants
 * facts the analytics should find (a dominant supplier, an over-priced purchase, a long emergency contract,
 * identical bids): the answers the README shows.
 */
@ApplicationScoped
public class SampleDataLoader {

    static final String SERCOP_SOURCE = "SERCOP";
    static final String GENERATED_SOURCE = "generated-sample";
    static final long SEED = 2020;
    private static final List<String> SERCOP_FILES = List.of(
            "ocds-5wno2w-SIE-HOALO-2025-003-141697.json",
            "ocds-5wno2w-RE-CSCD-MDMQ-2026-3703-41357.json");
    private static final Logger LOG = Logger.getLogger(SampleDataLoader.class);

    @Inject
    OpenComprasConfig config;

    @Inject
    IngestService ingest;

    @Inject
    DataSource dataSource;

    /** Starts loading in the background when enabled and the database holds no release. */
    public void loadInBackgroundIfEmpty() {
        if (!config.sampleData().load()) {
            return;
        }
        Thread loader = new Thread(() -> {
            try {
                if (isEmpty()) {
                    load();
                }
            } catch (RuntimeException e) {
                LOG.error("The sample data could not be loaded", e);
            }
        }, "sample-data");
        loader.setDaemon(true);
        loader.start();
    }

    /** Loads the sample now; safe to repeat, as every ingest is. */
    public List<IngestReport> load() {
        LOG.info("Loading the sample data (opencompras.sample-data.load=false turns this off)");
        var reader = ingest.reader();
        var sercopProgress = new ReadProgress();
        IngestReport sercop = ingest.ingest(SERCOP_SOURCE, "sample", sink -> SERCOP_FILES.forEach(name -> {
            try (InputStream in = SampleDataLoader.class.getResourceAsStream("/sample/sercop/" + name)) {
                reader.read(in, name, sink, sercopProgress);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }), sercopProgress);
        IngestReport generated = loadGenerated(reader, config.sampleData().generatedProcesses());
        LOG.infof("Sample data loaded: %d real and %d generated releases", sercop.inserted(), generated.inserted());
        return List.of(sercop, generated);
    }

    private IngestReport loadGenerated(OcdsReader reader, int processes) {
        Path file = null;
        try {
            file = Files.createTempFile("opencompras-sample", ".jsonl");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                GenerateSummary summary = new SampleGenerator(SEED).generate(processes, out,
                        SampleGenerator.Format.JSON_LINES, Plants.all());
                LOG.infof("Sample data planted: %s", summary.planted());
            }
            Path sample = file;
            var progress = new ReadProgress();
            return ingest.ingest(GENERATED_SOURCE, "sample", sink -> reader.read(sample, sink, progress), progress);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the generated sample", e);
        } finally {
            deleteQuietly(file);
        }
    }

    private boolean isEmpty() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select not exists (select 1 from release)")) {
            rs.next();
            return rs.getBoolean(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not tell whether the database is empty", e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            LOG.warn("Could not delete " + file, e);
        }
    }
}
