package org.opencompras.common.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencompras.common.problem.ProblemException;

class ExportFormatTest {

    private static final MediaType CSV = new MediaType("text", "csv");
    private static final MediaType NDJSON = new MediaType("application", "x-ndjson");

    @Test
    void shouldLetTheFormatParameterWin() {
        assertThat(ExportFormat.negotiate("csv", List.of(MediaType.APPLICATION_JSON_TYPE))).isEqualTo(ExportFormat.CSV);
        assertThat(ExportFormat.negotiate("NDJSON", List.of(CSV))).isEqualTo(ExportFormat.NDJSON);
        assertThat(ExportFormat.negotiate("json", List.of(CSV))).isEqualTo(ExportFormat.JSON);
    }

    @Test
    void shouldFollowAcceptInItsOrderOfPreference() {
        assertThat(ExportFormat.negotiate(null, List.of(CSV, MediaType.APPLICATION_JSON_TYPE))).isEqualTo(ExportFormat.CSV);
        assertThat(ExportFormat.negotiate("", List.of(NDJSON))).isEqualTo(ExportFormat.NDJSON);
        assertThat(ExportFormat.negotiate(null, List.of(MediaType.WILDCARD_TYPE))).isEqualTo(ExportFormat.JSON);
        assertThat(ExportFormat.negotiate(null, List.of(new MediaType("text", "*")))).isEqualTo(ExportFormat.CSV);
        assertThat(ExportFormat.negotiate(null, List.of(MediaType.TEXT_HTML_TYPE, MediaType.WILDCARD_TYPE)))
                .isEqualTo(ExportFormat.JSON);
    }

    @Test
    void shouldRefuseAnUnknownFormatNamingTheParameter() {
        assertThatThrownBy(() -> ExportFormat.negotiate("xlsx", List.of()))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(400);
                    assertThat(e.problem().invalidParams().get(0).name()).isEqualTo("format");
                    assertThat(e.problem().invalidParams().get(0).reason()).contains("json, csv, ndjson");
                });
    }

    @Test
    void shouldLinkWithOcidsKeptReadable() {
        assertThat(ApiLinks.encodePath("ocds-a/2020/1")).isEqualTo("ocds-a/2020/1");
        assertThat(ApiLinks.encodePath("a b?c#d%ñ;")).isEqualTo("a%20b%3Fc%23d%25%C3%B1%3B");
    }
}
