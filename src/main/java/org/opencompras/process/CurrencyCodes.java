package org.opencompras.process;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The ISO 4217 codes OCDS accepts as {@code currency}, read once from the OCDS 1.1 currency codelist
 * (which keeps withdrawn codes, since old data may use them).
 */
final class CurrencyCodes {

    private static final String CODELIST = "/ocds/codelists/currency.csv";
    private static final Set<String> CODES = load();

    private CurrencyCodes() {
    }

    /** Whether the text is exactly a code of the codelist (three upper-case letters). */
    static boolean isValid(String code) {
        return code != null && CODES.contains(code);
    }

    private static Set<String> load() {
        InputStream in = CurrencyCodes.class.getResourceAsStream(CODELIST);
        if (in == null) {
            throw new IllegalStateException("Missing resource " + CODELIST);
        }
        Set<String> codes = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine(); // header: Code,Title,Valid Until
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String code = line.split(",", 2)[0].trim();
                if (code.matches("[A-Z]{3}")) {
                    codes.add(code);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(codes);
    }
}
