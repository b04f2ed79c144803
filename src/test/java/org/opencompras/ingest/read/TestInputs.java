package org.opencompras.ingest.read;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds small OCDS inputs, gzip'ed and zipped, for the reader tests. */
final class TestInputs {

    private TestInputs() {
    }

    static String release(String id) {
        return "{\"ocid\":\"ocds-abc-" + id + "\",\"id\":\"" + id + "\",\"date\":\"2020-03-01T10:00:00-05:00\","
                + "\"tag\":[\"tender\"]}";
    }

    static String releasePackage(String... ids) {
        return "{\"uri\":\"https://example.org/p.json\",\"publisher\":{\"name\":\"SERCOP\"},"
                + "\"license\":\"https://creativecommons.org/licenses/by/3.0/ec/\",\"version\":\"1.1\","
                + "\"publishedDate\":\"2020-04-01T00:00:00Z\",\"releases\":[" + releases(ids) + "]}";
    }

    static String releases(String... ids) {
        StringBuilder json = new StringBuilder();
        for (String id : ids) {
            json.append(json.length() == 0 ? "" : ",").append(release(id));
        }
        return json.toString();
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] gzip(byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A zip with the given entries in order; names ending in "/" become directories. */
    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Reads the bytes as a stream with the given name, using a mapper without any special configuration. */
    static CollectingSink read(byte[] content, String name) {
        return read(content, name, new ReadProgress());
    }

    static CollectingSink read(byte[] content, String name, ReadProgress progress) {
        CollectingSink sink = new CollectingSink();
        new OcdsReader(new ObjectMapper()).read(new ByteArrayInputStream(content), name, sink, progress);
        return sink;
    }

    static CollectingSink read(String json, String name) {
        return read(bytes(json), name);
    }
}
