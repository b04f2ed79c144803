package org.opencompras.harvest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.time.YearMonth;
import java.util.Map;

/**
 * A local stand-in for SERCOP's open-data host, on a random port: each test stubs the answers it needs, on months
 * and years of its own so that tests sharing the server never see each other's answers.
 */
public class SercopStandIn implements QuarkusTestResourceLifecycleManager {

    static final String BASE_PATH = "/PLATAFORMA/";

    private static WireMockServer server;

    static WireMockServer server() {
        return server;
    }

    /** The request for a month's bulk file, as SERCOP's download page makes it. */
    static MappingBuilder month(YearMonth month) {
        return get(urlPathEqualTo(BASE_PATH + "download")).withQueryParam("type", equalTo("json"))
                .withQueryParam("year", equalTo(String.valueOf(month.getYear())))
                .withQueryParam("month", equalTo(String.format("%02d", month.getMonthValue())))
                .withQueryParam("method", equalTo("all"));
    }

    static RequestPatternBuilder monthRequested(YearMonth month) {
        return getRequestedFor(urlPathEqualTo(BASE_PATH + "download"))
                .withQueryParam("year", equalTo(String.valueOf(month.getYear())))
                .withQueryParam("month", equalTo(String.format("%02d", month.getMonthValue())));
    }

    static ResponseDefinitionBuilder zip(byte[] body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/zip").withBody(body);
    }

    static int count(RequestPatternBuilder request) {
        return server.countRequestsMatching(request.build()).getCount();
    }

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        return Map.of(
                "opencompras.harvest.sercop.base-url", server.baseUrl() + BASE_PATH,
                "opencompras.harvest.read-timeout", "PT3S",
                // The default run's range, with the test clock in December 2026: March to December 2026.
                "opencompras.harvest.sercop.first-month", "2026-03");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
