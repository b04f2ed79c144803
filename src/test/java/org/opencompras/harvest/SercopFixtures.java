package org.opencompras.harvest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.opencompras.common.json.Json;

/**
 * SERCOP's answers, built from the two real release packages of {@code ocds/ecuador/} (see
 * {@code harvest/PROVENANCE.md}): each copy's ocid gets a suffix of the test's own, since releases are stored by
 * ocid whatever source or test loads them.
 */
final class SercopFixtures {

    /** A full-lifecycle compiled release, published 2025-12-19. */
    static final String COMPILED = "ocds-5wno2w-SIE-HOALO-2025-003-141697";
    /** A planning-only release, published 2026-08-31. */
    static final String PLANNING = "ocds-5wno2w-RE-CSCD-MDMQ-2026-3703-41357";

    private static final Pattern OCID = Pattern.compile("(\"ocid\"\\s*:\\s*\")((?:[^\"\\\\]|\\\\.)*)(\")");

    private SercopFixtures() {
    }

    /** The real package of {@code ocid}, its ocid ending in {@code suffix}, as published otherwise. */
    static String releasePackage(String ocid, String suffix) {
        String text = resource("/ocds/ecuador/" + ocid + ".json");
        return OCID.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + m.group(2)
                + suffix.replace("/", "\\/") + m.group(3)));
    }

    /** A monthly bulk file: a zip holding one JSON array of release packages. */
    static byte[] monthZip(String entryName, String... packages) {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(entryName));
            zip.write(("[" + String.join(",", packages) + "]").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The first {@code share} of the bytes, as a download cut off mid-way delivers them. */
    static byte[] truncated(byte[] whole, double share) {
        return Arrays.copyOf(whole, (int) (whole.length * share));
    }

    /** A page of {@code api/search_ocds}: {@code rows} are ocid and date pairs. */
    static String listingPage(int page, int pages, List<String[]> rows) {
        ObjectNode answer = Json.mapper().createObjectNode();
        answer.put("pages", pages);
        answer.put("page", String.valueOf(page));
        answer.put("total", rows.size());
        ArrayNode data = answer.putArray("data");
        for (String[] row : rows) {
            data.addObject().put("ocid", row[0]).put("date", row[1]).put("title", "Proceso " + row[0])
                    .put("buyerName", "ENTIDAD CONTRATANTE");
        }
        return answer.toString();
    }

    static final String CAPTCHA_PAGE = """
            <!DOCTYPE html>
            <html><head><title>Verificación</title></head>
            <body><form><div class="g-recaptcha"></div>Demuestre que no es un robot</form></body></html>
            """;

    private static String resource(String path) {
        try (InputStream in = SercopFixtures.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
