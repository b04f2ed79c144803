package org.opencompras.harvest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.opencompras.harvest.HarvestTesting.harvest;
import static org.opencompras.harvest.HarvestTesting.unit;
import static org.opencompras.harvest.SercopFixtures.COMPILED;
import static org.opencompras.harvest.SercopFixtures.PLANNING;
import static org.opencompras.harvest.SercopFixtures.releasePackage;
import static org.opencompras.harvest.SercopStandIn.server;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.opencompras.TestDatabase;
import org.opencompras.cli.HarvestCommand;
import org.opencompras.harvest.HarvestTesting.Run;

/** {@code harvest url}: any publisher's file, asked for again with the validators of the copy last loaded. */
@QuarkusTest
@WithTestResource(SercopStandIn.class)
class HarvestUrlTest {

    private static final String ETAG = "\"feed-v1\"";
    private static final String LAST_MODIFIED = "Tue, 01 Dec 2026 10:00:00 GMT";

    @Inject
    HarvestCommand command;

    @Test
    void shouldAskWithTheValidatorsOfTheLoadedCopyAndSkipWhatDidNotChange() {
        server().stubFor(get(urlEqualTo("/other/feed.json")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withHeader("ETag", ETAG)
                .withHeader("Last-Modified", LAST_MODIFIED).withBody(releasePackage(COMPILED, "-hu1"))));
        server().stubFor(get(urlEqualTo("/other/feed.json")).withHeader("If-None-Match", equalTo(ETAG))
                .willReturn(aResponse().withStatus(304).withHeader("ETag", ETAG)));
        String url = server().baseUrl() + "/other/feed.json";

        Run first = harvest(command, "url", "--source", "other-feed", url);
        Run second = harvest(command, "url", "--source", "other-feed", url);

        assertThat(first.exit()).as(first.stderr()).isZero();
        assertThat(first.stderr()).contains(url + ": loaded 1 releases (1 new, 0 replaced)");
        assertThat(second.exit()).as(second.stderr()).isZero();
        assertThat(second.stderr()).contains(url + ": unchanged");
        server().verify(getRequestedFor(urlEqualTo("/other/feed.json")).withHeader("If-None-Match", equalTo(ETAG))
                .withHeader("If-Modified-Since", equalTo(LAST_MODIFIED)));
        assertThat(unit(url).subList(0, 2)).containsExactly("loaded", "304");
        assertThat(TestDatabase.text("select etag || ' ' || last_modified from harvest_unit where unit_key = '"
                + url + "'")).isEqualTo(ETAG + " " + LAST_MODIFIED);
        assertThat(TestDatabase.text("select s.name from release r join source s on s.id = r.source_id "
                + "where r.ocid = '" + COMPILED + "-hu1'")).isEqualTo("other-feed");
    }

    @Test
    void shouldReadTheFormatFromTheFileName() throws IOException {
        String lines = releasePackage(COMPILED, "-hu2").replace("\n", "") + "\n"
                + releasePackage(PLANNING, "-hu2").replace("\n", "") + "\n";
        var gzipped = new ByteArrayOutputStream();
        try (var gzip = new GZIPOutputStream(gzipped)) {
            gzip.write(lines.getBytes(StandardCharsets.UTF_8));
        }
        server().stubFor(get(urlEqualTo("/other/dump.jsonl.gz")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/gzip").withBody(gzipped.toByteArray())));
        String url = server().baseUrl() + "/other/dump.jsonl.gz";

        Run run = harvest(command, "url", "--source", "other-dump", url);

        assertThat(run.exit()).as(run.stderr()).isZero();
        assertThat(run.stderr()).contains(url + ": loaded 2 releases (2 new, 0 replaced)");
    }

    @Test
    void shouldGoThroughTheProxyItIsGiven() {
        server().stubFor(get(urlEqualTo("/other/proxied.json")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(releasePackage(COMPILED, "-hu3"))));
        // A host that resolves nowhere: only the proxy (the stand-in itself) can answer for it.
        String url = "http://publisher.invalid/other/proxied.json";

        Run run = harvest(command, "url", "--source", "other-proxied", "--proxy", "127.0.0.1:" + server().port(), url);

        assertThat(run.exit()).as(run.stderr()).isZero();
        assertThat(run.stderr()).contains(url + ": loaded 1 releases (1 new, 0 replaced)");
        server().verify(getRequestedFor(urlEqualTo("/other/proxied.json"))
                .withHeader("Host", equalTo("publisher.invalid")));
    }
}
