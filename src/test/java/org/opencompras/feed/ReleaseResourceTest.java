package org.opencompras.feed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencompras.OcdsSchemaValidator;
import org.opencompras.TestDatabase;
import org.opencompras.common.json.Json;

@QuarkusTest
class ReleaseResourceTest {

    private static final String KEY = "Bearer test-admin-key";
    private static final String PREFIX = "ocds-frl";
    private static final String SLASHED = "ocds-frl/2041/slashed";
    private static final String LICENSED = "ocds-frl-licensed";
    private static final String LICENSE = "https://creativecommons.org/licenses/by/4.0/";
    private static final String[] OCIDS = {"ocds-frl-1", "ocds-frl-2", SLASHED, "ocds-frl-4"};
    private static final String[] OFFSETS = {"-05:00", "Z", "+05:30", "-03:00"};

    /** The test releases, as published: odd spacing, escapes and offsets, so that any rewriting shows. */
    private static final List<Published> RELEASES = releases();

    @BeforeEach
    void load() {
        StringBuilder array = new StringBuilder("[");
        for (Published r : RELEASES) {
            if (!r.ocid().equals(LICENSED)) {
                array.append(array.length() > 1 ? ",\n" : "").append(r.text());
            }
        }
        ingest("feed-releases", array.append("]").toString());
        String licensed = RELEASES.stream().filter(r -> r.ocid().equals(LICENSED)).map(Published::text)
                .reduce((a, b) -> a + ", " + b).orElseThrow();
        ingest("feed-licensed", """
                {"uri": "https://example.org/pkg", "version": "1.1", "publishedDate": "2041-06-01T00:00:00Z",
                 "publisher": {"name": "Example"}, "license": "%s", "releases": [%s]}""".formatted(LICENSE, licensed));
    }

    @Test
    void shouldWalkAllPagesInDateOrderWithEveryReleaseOnceAndAsPublished() {
        List<Page> pages = walk(given().queryParam("since", "2041-01-01").queryParam("limit", 4)
                .when().get("/api/v1/releases"));

        List<Published> expected = sorted(RELEASES);
        List<String> seen = new ArrayList<>();
        for (Page page : pages) {
            page.releases().forEach(r -> {
                if (r.get("ocid").asText().startsWith(PREFIX)) {
                    seen.add(key(r.get("ocid").asText(), r.get("id").asText()));
                }
            });
        }
        assertThat(seen).containsExactlyElementsOf(expected.stream().map(r -> key(r.ocid(), r.id())).toList());
        assertThat(pages.size()).isGreaterThanOrEqualTo((RELEASES.size() + 3) / 4);
        for (Published r : RELEASES) {
            assertThat(pages.stream().filter(p -> p.body().contains(r.text())).count())
                    .as("release %s appears once, byte for byte", r.id()).isEqualTo(1);
        }
        List<Instant> dates = pages.stream().flatMap(p -> p.releases().stream())
                .map(r -> OffsetDateTime.parse(r.get("date").asText()).toInstant()).toList();
        assertThat(dates).isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(dates).allMatch(d -> !d.isBefore(Instant.parse("2041-01-01T00:00:00Z")));
    }

    @Test
    void shouldServeValidReleasePackagesWithTheLicenceOnlyWhenShared() {
        List<Page> pages = walk(given().queryParam("since", "2041-01-01").queryParam("limit", 3)
                .when().get("/api/v1/releases"));
        boolean sawLicensed = false;
        boolean sawUnlicensed = false;
        for (Page page : pages) {
            assertThat(OcdsSchemaValidator.validateReleasePackage(page.json())).isEmpty();
            assertThat(page.json().at("/publisher/name").asText()).isEqualTo("OpenCompras");
            assertThat(page.json().get("version").asText()).isEqualTo("1.1");
            boolean allLicensed = page.releases().stream().allMatch(r -> r.get("ocid").asText().equals(LICENSED));
            boolean allMine = page.releases().stream().allMatch(r -> r.get("ocid").asText().startsWith(PREFIX));
            if (allMine) {
                assertThat(page.json().has("license")).as("licence on %s", page.uri()).isEqualTo(allLicensed);
                sawLicensed |= allLicensed;
                sawUnlicensed |= !allLicensed;
            }
        }
        assertThat(sawUnlicensed).isTrue();
        assertThat(sawLicensed).isTrue();

        JsonNode licensed = json(given().queryParam("ocid", LICENSED).when().get("/api/v1/releases")
                .then().statusCode(200).extract().response());
        assertThat(OcdsSchemaValidator.validateReleasePackage(licensed)).isEmpty();
        assertThat(licensed.get("license").asText()).isEqualTo(LICENSE);
        assertThat(licensed.get("releases")).hasSize(3);
    }

    @Test
    void shouldFilterByOcidIncludingOcidsWithSlashes() {
        List<Page> pages = walk(given().queryParam("ocid", SLASHED).queryParam("limit", 2)
                .when().get("/api/v1/releases"));
        List<String> ids = pages.stream().flatMap(p -> p.releases().stream()).map(r -> r.get("id").asText()).toList();
        assertThat(ids).containsExactlyElementsOf(sorted(RELEASES.stream().filter(r -> r.ocid().equals(SLASHED)).toList())
                .stream().map(Published::id).toList());
        assertThat(pages.get(0).next()).contains("ocid=ocds-frl%2F2041%2Fslashed");
        for (Page page : pages) {
            assertThat(OcdsSchemaValidator.validateReleasePackage(page.json())).isEmpty();
        }

        OffsetDateTime since = OffsetDateTime.parse("2041-02-10T00:00:00+05:30");
        List<String> afterSince = walk(given().queryParam("ocid", "ocds-frl-2").queryParam("since", since.toString())
                .queryParam("limit", 1).when().get("/api/v1/releases"))
                .stream().flatMap(p -> p.releases().stream()).map(r -> r.get("id").asText()).toList();
        assertThat(afterSince).containsExactlyElementsOf(sorted(RELEASES.stream()
                .filter(r -> r.ocid().equals("ocds-frl-2") && !r.instant().isBefore(since.toInstant())).toList())
                .stream().map(Published::id).toList());
        assertThat(afterSince).hasSizeGreaterThan(1);
    }

    @Test
    void shouldReadSinceInAnyZoneAndDatesAsTheirStartInUtc() {
        Instant cut = Instant.parse("2041-02-10T12:00:00Z");
        List<String> expected = sorted(RELEASES.stream().filter(r -> !r.instant().isBefore(cut)).toList())
                .stream().map(r -> key(r.ocid(), r.id())).toList();
        for (String since : List.of("2041-02-10T12:00:00Z", "2041-02-10T07:00:00-05:00", "2041-02-10T17:30:00+05:30",
                "2041-02-10T12:00:00.000000Z")) {
            assertThat(mine(given().queryParam("since", since).queryParam("limit", 500).when().get("/api/v1/releases")))
                    .as("since=%s", since).containsExactlyElementsOf(expected);
        }
        // A '+' left unencoded arrives as a space; it is read as the '+' it was.
        assertThat(mine(given().urlEncodingEnabled(false).when()
                .get("/api/v1/releases?limit=500&since=2041-02-10T17:30:00+05:30")))
                .containsExactlyElementsOf(expected);

        Instant dayStart = Instant.parse("2041-02-10T00:00:00Z");
        assertThat(mine(given().queryParam("since", "2041-02-10").queryParam("limit", 500).when().get("/api/v1/releases")))
                .containsExactlyElementsOf(sorted(RELEASES.stream().filter(r -> !r.instant().isBefore(dayStart)).toList())
                        .stream().map(r -> key(r.ocid(), r.id())).toList());
    }

    @Test
    void shouldAnswerNoContentWhenNothingMatchesSinceAPackageHoldsAtLeastOneRelease() {
        JsonNode empty = Json.mapper().createObjectNode().put("uri", "https://example.org/releases").put("version", "1.1")
                .put("publishedDate", "2041-01-01T00:00:00Z").set("publisher", Json.mapper().createObjectNode().put("name", "x"));
        ((com.fasterxml.jackson.databind.node.ObjectNode) empty).putArray("releases");
        assertThat(OcdsSchemaValidator.validateReleasePackage(empty)).as("what an empty page would be").isNotEmpty();

        given().queryParam("since", "9999-01-01").when().get("/api/v1/releases")
                .then().statusCode(204)
                .body(equalTo(""))
                .header("Link", equalTo(null));
        given().queryParam("ocid", "ocds-frl-none").when().get("/api/v1/releases")
                .then().statusCode(204).body(equalTo(""));
    }

    @Test
    void shouldRefuseBadParametersNamingThem() {
        for (String since : List.of("yesterday", "2041-02-10T12:00:00", "2041-13-01", "10000-01-01T00:00:00Z",
                "+100000-01-01T00:00:00Z")) {
            problem(given().queryParam("since", since), "since");
        }
        for (String limit : List.of("0", "501", "-1", "abc", "1.5", "99999999999")) {
            problem(given().queryParam("limit", limit), "limit");
        }
        problem(given().queryParam("cursor", "not a cursor"), "cursor");
        problem(given().queryParam("cursor", "AAAA"), "cursor");
        problem(given().queryParam("ocid", "bad\u0001ocid"), "ocid");

        String next = json(given().queryParam("since", "2041-01-01").queryParam("limit", 2).when().get("/api/v1/releases")
                .then().statusCode(200).extract().response()).at("/links/next").asText();
        String cursor = next.substring(next.indexOf("cursor=") + "cursor=".length());
        given().urlEncodingEnabled(false).when().get(next).then().statusCode(200);
        // The same cursor edited, or used with other filters, or in the changes feed: refused.
        problem(given().queryParam("since", "2041-01-01").queryParam("cursor", tamper(cursor)), "cursor");
        problem(given().queryParam("since", "2041-01-02").queryParam("cursor", cursor), "cursor");
        problem(given().queryParam("cursor", cursor), "cursor");
        problem(given().queryParam("since", "2041-01-01").queryParam("ocid", "ocds-frl-1").queryParam("cursor", cursor),
                "cursor");
        given().queryParam("since", cursor).when().get("/api/v1/changes").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("since"));
    }

    @Test
    void shouldServeOneReleaseByOcidAndIdAsPublished() throws Exception {
        for (Published r : RELEASES) {
            String body = given().urlEncodingEnabled(false)
                    .when().get("/api/v1/processes/" + r.ocid() + "/releases/" + r.id())
                    .then().statusCode(200).contentType(ContentType.JSON).extract().asString();
            JsonNode pkg = Json.mapper().readTree(body);
            assertThat(OcdsSchemaValidator.validateReleasePackage(pkg)).isEmpty();
            assertThat(pkg.get("releases")).hasSize(1);
            assertThat(body).contains("\"releases\":[" + r.text() + "]");
            assertThat(pkg.has("license")).isEqualTo(r.ocid().equals(LICENSED));
            assertThat(pkg.has("links")).isFalse();
        }
        given().urlEncodingEnabled(false).when().get("/api/v1/processes/ocds-frl%2F2041%2Fslashed/releases/r2")
                .then().statusCode(200).body("releases[0].ocid", equalTo(SLASHED)).body("releases[0].id", equalTo("r2"));
    }

    @Test
    void shouldAnswerUnknownReleasesWithAProblem() {
        given().when().get("/api/v1/processes/ocds-frl-1/releases/nope")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://opencompras.org/problems/not-found"))
                .body("detail", equalTo("No release 'nope' in process 'ocds-frl-1'"));
        given().when().get("/api/v1/processes/ocds-frl-unknown/releases/r0")
                .then().statusCode(404).contentType("application/problem+json");
        given().urlEncodingEnabled(false).when().get("/api/v1/processes/ocds-frl-1/releases/x%00y")
                .then().statusCode(404).contentType("application/problem+json");
        // r1 belongs to another process.
        given().when().get("/api/v1/processes/" + OCIDS[0] + "/releases/r1")
                .then().statusCode(404);
    }

    // --- test data -------------------------------------------------------------------------------------------

    record Published(String ocid, String id, String date, String text) {
        Instant instant() {
            return OffsetDateTime.parse(date).toInstant();
        }
    }

    private static List<Published> releases() {
        List<Published> releases = new ArrayList<>();
        OffsetDateTime start = OffsetDateTime.parse("2041-02-01T08:00:00Z");
        for (int i = 0; i < 17; i++) {
            String ocid = OCIDS[i % OCIDS.length];
            // Ids with '/' in one process, and with "/releases/" in one of them.
            String id = ocid.equals("ocds-frl-4") ? (i == 3 ? "r/releases/" + i : "r/" + i) : "r" + i;
            String offset = OFFSETS[i % OFFSETS.length];
            String date = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                    start.plusHours(31L * i).atZoneSameInstant(ZoneId.of(offset)));
            releases.add(new Published(ocid, id, date, """
                    { "ocid" :"%s",  "id": "%s","date" : "%s", "tag":[ "tender" ], "initiationType":"tender",
                      "tender": {"id": "t-%d", "title": "Caf\\u00e9 n\\u00ba %d \\/ lote", "value": {"amount": 1.50, "currency": "USD"}}}"""
                    .formatted(ocid, id, date, i, i)));
        }
        // Two releases at the same instant, written in different zones: ordered by storage order.
        releases.add(new Published("ocds-frl-1", "tie-a", "2041-02-12T10:00:00-05:00",
                "{\"ocid\":\"ocds-frl-1\",\"id\":\"tie-a\",\"date\":\"2041-02-12T10:00:00-05:00\",\"tag\":[\"planning\"],\"initiationType\":\"tender\"}"));
        releases.add(new Published("ocds-frl-2", "tie-b", "2041-02-12T15:00:00Z",
                "{\"ocid\":\"ocds-frl-2\",\"id\":\"tie-b\",\"date\":\"2041-02-12T15:00:00Z\",\"tag\":[\"planning\"],\"initiationType\":\"tender\"}"));
        for (int i = 0; i < 3; i++) {
            String date = "2041-03-0" + (i + 1) + "T12:00:00-05:00";
            releases.add(new Published(LICENSED, "lic-" + i, date,
                    "{\"ocid\": \"" + LICENSED + "\", \"id\": \"lic-" + i + "\", \"date\": \"" + date + "\", \"tag\": [\"tender\"], \"initiationType\": \"tender\"}"));
        }
        return releases;
    }

    /** The releases in the listing's order: by instant, ties by internal id, read from the database. */
    private static List<Published> sorted(List<Published> releases) {
        Map<String, Long> ids = new HashMap<>();
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select ocid, release_id, id from release where ocid like 'ocds-frl%'")) {
            while (rs.next()) {
                ids.put(key(rs.getString(1), rs.getString(2)), rs.getLong(3));
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return releases.stream().sorted(Comparator.comparing(Published::instant)
                .thenComparing((Function<Published, Long>) r -> ids.get(key(r.ocid(), r.id())))).toList();
    }

    // --- HTTP helpers ----------------------------------------------------------------------------------------

    record Page(String uri, String body, JsonNode json, List<JsonNode> releases, String next) {
    }

    /** Follows links.next from the first answer to the end, checking the Link header against it. */
    private static List<Page> walk(Response first) {
        List<Page> pages = new ArrayList<>();
        Response response = first;
        while (true) {
            response.then().statusCode(200).contentType(ContentType.JSON);
            JsonNode json = json(response);
            List<JsonNode> releases = new ArrayList<>();
            json.get("releases").forEach(releases::add);
            String next = json.at("/links/next").isMissingNode() ? null : json.at("/links/next").asText();
            if (next == null) {
                assertThat(response.header("Link")).isNull();
            } else {
                assertThat(next).startsWith("http");
                assertThat(response.header("Link")).isEqualTo("<" + next + ">; rel=\"next\"");
                assertThat(releases).isNotEmpty();
            }
            pages.add(new Page(json.get("uri").asText(), response.asString(), json, releases, next));
            if (next == null) {
                return pages;
            }
            assertThat(pages).hasSizeLessThan(1000);
            response = given().urlEncodingEnabled(false).when().get(next);
        }
    }

    private static List<String> mine(Response response) {
        return walk(response).stream().flatMap(p -> p.releases().stream())
                .filter(r -> r.get("ocid").asText().startsWith(PREFIX))
                .map(r -> key(r.get("ocid").asText(), r.get("id").asText())).toList();
    }

    private static JsonNode json(Response response) {
        try {
            return Json.mapper().readTree(response.asString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void problem(io.restassured.specification.RequestSpecification request, String parameter) {
        request.when().get("/api/v1/releases")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://opencompras.org/problems/invalid-parameter"))
                .body("invalidParams[0].name", equalTo(parameter))
                .body("invalidParams.size()", equalTo(1));
    }

    /** The cursor with one character changed, still valid base64url. */
    static String tamper(String token) {
        int at = token.length() / 2;
        char c = token.charAt(at);
        return token.substring(0, at) + (c == 'A' ? 'B' : 'A') + token.substring(at + 1);
    }

    private static String key(String ocid, String id) {
        return ocid + " " + id;
    }

    private static void ingest(String source, String body) {
        given().contentType(ContentType.JSON).header("Authorization", KEY).queryParam("source", source).body(body)
                .when().post("/api/v1/ingest")
                .then().statusCode(200).body("rejectedCount", equalTo(0));
    }
}
