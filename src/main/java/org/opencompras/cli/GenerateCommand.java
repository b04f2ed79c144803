package org.opencompras.cli;

import java.io.BufferedOutputStream;
import java.math.BigDecimal;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.opencompras.generate.Plants;
import org.opencompras.generate.SampleGenerator;

/**
 * {@code generate --processes N --seed S --out FILE}: writes SERCOP-shaped sample data. The file name
 * chooses the format: {@code .jsonl} or {@code .ndjson} for one release per line, otherwise one release
 * package; a trailing {@code .gz} compresses it. The {@code --plant-...} options plant facts whose place and values
 * the printed summary gives. Needs no database.
 */
public final class GenerateCommand {

    public static final String USAGE =
            "  generate --processes N [--seed S] --out FILE   write SERCOP-shaped sample data (.json, .jsonl, .gz)\n"
            + "      [--plant-dominant-supplier SHARE] [--plant-over-priced FACTOR] [--plant-long-emergency]\n"
            + "      [--plant-identical-bids]   plant known facts (printed with the summary)";

    private GenerateCommand() {
    }

    public static int run(String... args) {
        Integer processes = null;
        long seed = 1;
        Path out = null;
        BigDecimal dominantShare = null;
        BigDecimal overPricedFactor = null;
        boolean longEmergency = false;
        boolean identicalBids = false;
        Plants plants;
        try {
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                switch (args[i]) {
                    case "--processes" -> processes = Integer.valueOf(required(value, "--processes"));
                    case "--seed" -> seed = Long.parseLong(required(value, "--seed"));
                    case "--out" -> out = Path.of(required(value, "--out"));
                    case "--plant-dominant-supplier" ->
                            dominantShare = new BigDecimal(required(value, "--plant-dominant-supplier"));
                    case "--plant-over-priced" -> overPricedFactor = new BigDecimal(required(value, "--plant-over-priced"));
                    case "--plant-long-emergency" -> {
                        longEmergency = true;
                        continue;
                    }
                    case "--plant-identical-bids" -> {
                        identicalBids = true;
                        continue;
                    }
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
                i++;
            }
            plants = new Plants(dominantShare, overPricedFactor, longEmergency, identicalBids);
        } catch (IllegalArgumentException e) {
            return usage(e.getMessage());
        }
        if (processes == null || processes < 1 || out == null) {
            return usage("--processes (at least 1) and --out are required");
        }
        String name = out.getFileName().toString().toLowerCase();
        boolean gzip = name.endsWith(".gz");
        String plain = gzip ? name.substring(0, name.length() - 3) : name;
        var format = plain.endsWith(".jsonl") || plain.endsWith(".ndjson")
                ? SampleGenerator.Format.JSON_LINES : SampleGenerator.Format.JSON;
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
             OutputStream target = gzip ? new GZIPOutputStream(file, 1 << 16) : file) {
            var summary = new SampleGenerator(seed).generate(processes, target, format, plants);
            System.err.println("Wrote " + out + ": " + summary);
            return 0;
        } catch (IOException e) {
            System.err.println("generate: could not write " + out + ": " + e.getMessage());
            return 1;
        }
    }

    private static String required(String value, String option) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }

    private static int usage(String problem) {
        System.err.println("generate: " + problem + "\nUsage:\n" + USAGE);
        return 1;
    }
}
