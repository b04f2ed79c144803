package org.opencompras.harvest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Tells whether a download arrived whole before anything of it is ingested: a zip must have its central directory
 * (written last, so a cut-off archive has none) and entries that inflate to well-formed JSON; a gzip must reach its
 * trailer; JSON must parse to its end. An HTML page (a captcha, a maintenance notice) is never taken for data.
 */
final class ContentCheck {

    private static final JsonFactory JSON = new JsonFactory();

    private ContentCheck() {
    }

    /** Why the file is not whole data, or {@code null} when it is. */
    static String problem(Path file) throws IOException {
        byte[] head = head(file);
        if (head.length == 0) {
            return "empty answer";
        }
        if (startsWith(head, 'P', 'K')) {
            return zipProblem(file);
        }
        if (startsWith(head, 0x1f, 0x8b)) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                return jsonProblem(in, "the gzip stream");
            } catch (ZipException | java.io.EOFException e) {
                return "truncated or corrupt gzip stream (" + e.getMessage() + ")";
            }
        }
        if (looksLikeHtml(head)) {
            return HTML;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return jsonProblem(in, "the answer");
        }
    }

    static final String HTML = "the server answered with an HTML page (a captcha or maintenance page?), not data";

    static boolean looksLikeHtml(byte[] head) {
        String start = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).stripLeading();
        return start.startsWith("<");
    }

    private static String zipProblem(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            int files = 0;
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.isDirectory()) {
                    continue;
                }
                files++;
                try (InputStream in = zip.getInputStream(entry)) {
                    String problem = jsonProblem(in, "entry " + entry.getName());
                    if (problem != null) {
                        return problem;
                    }
                }
            }
            return files == 0 ? "the zip archive holds no file" : null;
        } catch (ZipException | java.io.EOFException e) {
            return "truncated or corrupt zip archive (" + e.getMessage() + ")";
        }
    }

    private static String jsonProblem(InputStream in, String what) throws IOException {
        try (JsonParser parser = JSON.createParser(in)) {
            if (parser.nextToken() == null) {
                return what + " holds no JSON";
            }
            while (parser.nextToken() != null) {
                // Reading every token is the check: a cut-off or malformed document throws on the way.
            }
            return null;
        } catch (JsonProcessingException e) {
            return what + " is not whole JSON: " + e.getOriginalMessage();
        } catch (ZipException | java.io.EOFException e) {
            return what + " is truncated or corrupt (" + e.getMessage() + ")";
        }
    }

    private static boolean startsWith(byte[] head, int first, int second) {
        return head.length >= 2 && (head[0] & 0xff) == first && (head[1] & 0xff) == second;
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(64);
        }
    }
}
