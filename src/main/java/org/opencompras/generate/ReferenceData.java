package org.opencompras.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the generator's small reference tables: semicolon-separated lines, {@code #} starting a comment line. */
final class ReferenceData {

    private ReferenceData() {
    }

    static List<String[]> rows(String resource) {
        InputStream in = ReferenceData.class.getResourceAsStream("/generate/" + resource);
        if (in == null) {
            throw new IllegalStateException("missing reference table " + resource);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split(";", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
