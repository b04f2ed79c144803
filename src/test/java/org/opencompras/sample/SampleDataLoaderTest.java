package org.opencompras.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencompras.TestDatabase;
import org.opencompras.TestReleases;
import org.opencompras.ingest.IngestReport;

@QuarkusTest
class SampleDataLoaderTest {

    @Inject
    SampleDataLoader loader;

    @Test
    void shouldLoadTheRealPackagesAndTheGeneratedProcessesOnceOnly() {
        List<IngestReport> first = loader.load();

        assertThat(first).extracting(IngestReport::source)
                .containsExactly(SampleDataLoader.SERCOP_SOURCE, SampleDataLoader.GENERATED_SOURCE);
        assertThat(first).allSatisfy(report -> assertThat(report.rejectedCount()).isZero());
        assertThat(TestDatabase.count("select count(*) from process where ocid in ('" + TestReleases.SERCOP_OCID
                + "', '" + TestReleases.SERCOP_PLANNING_OCID + "')")).isEqualTo(2);
        assertThat(TestDatabase.count("select count(*) from process p join source s on s.id = p.source_id "
                + "where s.name = 'generated-sample'")).isEqualTo(40);
        assertThat(TestDatabase.text("select procurement_method_details from process where ocid = '"
                + TestReleases.SERCOP_OCID + "'")).isEqualTo("Subasta Inversa Electrónica");

        assertThat(TestDatabase.text("select publisher_name || ' | ' || license from source where name = 'SERCOP'"))
                .isEqualTo("Servicio Nacional de Contratación Pública (SERCOP) | "
                        + "https://creativecommons.org/licenses/by/3.0/ec/");

        List<IngestReport> again = loader.load();

        assertThat(again).allSatisfy(report -> {
            assertThat(report.inserted()).isZero();
            assertThat(report.duplicates()).isEqualTo(report.releasesRead());
        });
    }
}
