package org.opencompras.feed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opencompras.common.api.ApiLinks;
import org.opencompras.TestDatabase;
import org.opencompras.common.json.Json;

/**
 * A client that keeps a copy of the data by applying the changes feed in order, as a syncing agency would. It
 * checks the feed as it goes: watermarks strictly increase, tombstones name the copy the client holds, and
 * meta.watermark is the last entry's.
 */
final class FeedClient {

    /** A release copy: its hash and its text exactly as served. */
    record Copy(String hash, String text) {
    }

    /** An entry as applied, with the release text as served (null for processes and tombstones). */
    record Applied(Watermark watermark, String type, String action, String ocid, String releaseId, String hash,
                   String text) {
    }

    final Map<String, Copy> releases = new HashMap<>();
    final Map<String, String> processes = new HashMap<>();
    final List<Applied> log = new ArrayList<>();
    String watermark = "";
    String next;
    Watermark last = Watermark.START;
    int pages;

    /** Reads one page: the pending links.next, else from the kept watermark. Returns whether more is pending. */
    boolean readPage(int limit) {
        Response response = next != null
                ? given().urlEncodingEnabled(false).when().get(next)
                : given().queryParam("since", watermark).queryParam("limit", limit).when().get("/api/v1/changes");
        response.then().statusCode(200).contentType(ContentType.JSON);
        String body = response.asString();
        JsonNode page = read(body);
        List<String> texts = releaseTexts(body);
        int text = 0;
        for (JsonNode entry : page.get("data")) {
            String raw = entry.has("release") ? texts.get(text++) : null;
            apply(entry, raw);
        }
        assertThat(text).isEqualTo(texts.size());
        assertThat(page.at("/meta/watermark").asText()).isEqualTo(last.encode());
        if (page.get("data").size() > 0) {
            assertThat(page.get("data").size()).isLessThanOrEqualTo(page.at("/meta/limit").asInt());
        }
        watermark = page.at("/meta/watermark").asText();
        JsonNode nextNode = page.at("/links/next");
        next = nextNode.isNull() ? null : nextNode.asText();
        if (next == null) {
            assertThat(response.header("Link")).isNull();
        } else {
            assertThat(response.header("Link")).isEqualTo("<" + next + ">; rel=\"next\"");
            assertThat(next).contains("since=" + watermark);
        }
        pages++;
        return next != null;
    }

    void readToEnd(int limit) {
        while (readPage(limit)) {
            assertThat(pages).isLessThan(100_000);
        }
    }

    private void apply(JsonNode entry, String rawRelease) {
        Watermark position = Watermark.decode(entry.get("watermark").asText()).orElseThrow();
        assertThat(position).as("watermarks increase along the feed").isGreaterThan(last);
        last = position;
        String type = entry.get("type").asText();
        String action = entry.get("action").asText();
        String ocid = entry.get("ocid").asText();
        if (type.equals("release")) {
            String releaseId = entry.get("releaseId").asText();
            String hash = entry.get("hash").asText();
            String key = key(ocid, releaseId);
            if (action.equals("upsert")) {
                JsonNode release = entry.get("release");
                assertThat(release.get("ocid").asText()).isEqualTo(ocid);
                assertThat(release.get("id").asText()).isEqualTo(releaseId);
                releases.put(key, new Copy(hash, rawRelease));
            } else {
                assertThat(action).isEqualTo("tombstone");
                assertThat(releases.get(key)).as("a tombstone names the copy held of %s", key).isNotNull();
                assertThat(releases.get(key).hash()).isEqualTo(hash);
                releases.remove(key);
            }
            log.add(new Applied(position, type, action, ocid, releaseId, hash, rawRelease));
        } else {
            assertThat(type).isEqualTo("process");
            String hash = entry.get("compiledHash").asText();
            if (action.equals("upsert")) {
                assertThat(entry.at("/links/record").asText()).isEqualTo("/api/v1/records/" + ApiLinks.encodePath(ocid));
                processes.put(ocid, hash);
            } else {
                processes.remove(ocid);
            }
            log.add(new Applied(position, type, action, ocid, null, hash, null));
        }
    }

    /** The entries applied for one release, in order. */
    List<Applied> of(String ocid, String releaseId) {
        return log.stream().filter(a -> a.type().equals("release") && a.ocid().equals(ocid)
                && a.releaseId().equals(releaseId)).toList();
    }

    static Map<String, Copy> storedReleases() {
        Map<String, Copy> stored = new HashMap<>();
        query("select ocid, release_id, content_hash, data::text from release",
                rs -> stored.put(key(rs.getString(1), rs.getString(2)), new Copy(rs.getString(3), rs.getString(4))));
        return stored;
    }

    static Map<String, String> storedProcesses() {
        Map<String, String> stored = new HashMap<>();
        query("select ocid, compiled_hash from process", rs -> stored.put(rs.getString(1), rs.getString(2)));
        return stored;
    }

    interface Row {
        void read(ResultSet rs) throws Exception;
    }

    static void query(String sql, Row row) {
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                row.read(rs);
            }
        } catch (Exception e) {
            throw new IllegalStateException(sql, e);
        }
    }

    static String key(String ocid, String releaseId) {
        return ocid + "\n" + releaseId;
    }

    /** The text of each entry's "release" value, character for character as served, in order. */
    static List<String> releaseTexts(String body) {
        List<String> texts = new ArrayList<>();
        try (JsonParser parser = Json.mapper().getFactory().createParser(body)) {
            parser.nextToken(); // the page
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                if (!field.equals("data")) {
                    parser.skipChildren();
                    continue;
                }
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String name = parser.currentName();
                        parser.nextToken();
                        int start = (int) parser.currentTokenLocation().getCharOffset();
                        parser.skipChildren();
                        if (name.equals("release")) {
                            int end = (int) parser.currentTokenLocation().getCharOffset() + 1;
                            texts.add(body.substring(start, end));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }

    static JsonNode read(String body) {
        try {
            return Json.mapper().readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
