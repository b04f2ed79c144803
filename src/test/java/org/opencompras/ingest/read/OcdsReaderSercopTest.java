package org.opencompras.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reads the real SERCOP (Ecuador) release packages kept in the test resources. */
class OcdsReaderSercopTest {

    private static final String PLANNING = "ocds-5wno2w-RE-CSCD-MDMQ-2026-3703-41357.json";
    private static final String COMPILED = "ocds-5wno2w-SIE-HOALO-2025-003-141697.json";

    @Test
    void shouldReadBothSercopPackagesFromTheirDirectory() throws URISyntaxException {
        CollectingSink sink = new CollectingSink();

        new OcdsReader(new ObjectMapper()).read(ecuadorDirectory(), sink, new ReadProgress());

        assertThat(sink.rejections).isEmpty();
        assertThat(sink.releases).extracting(r -> r.release().get("ocid").asText())
                .containsExactly("ocds-5wno2w-RE-CSCD-MDMQ-2026-3703-41357", "ocds-5wno2w-SIE-HOALO-2025-003-141697");
        assertThat(sink.positions()).containsExactly(PLANNING + ": releases[0]", COMPILED + ": releases[0]");
    }

    @Test
    void shouldAttachTheMetadataThatSercopWritesBeforeTheReleases() throws URISyntaxException {
        CollectingSink sink = new CollectingSink();

        new OcdsReader(new ObjectMapper()).read(ecuadorDirectory().resolve(COMPILED), sink, new ReadProgress());

        // SERCOP writes publisher and publishedDate after the releases array, so they are not attached.
        assertThat(sink.releases.get(0).packageInfo()).isEqualTo(new PackageInfo(null,
                "https://portal.compraspublicas.gob.ec/sercop/datos_abiertos/",
                "https://creativecommons.org/licenses/by/3.0/ec/", "1.1"));
        // ...and reach the sink complete once the package has been read.
        assertThat(sink.packages).containsExactly(new PackageInfo("Servicio Nacional de Contratación Pública (SERCOP)",
                "https://portal.compraspublicas.gob.ec/sercop/datos_abiertos/",
                "https://creativecommons.org/licenses/by/3.0/ec/", "1.1", "2025-12-19T16:13:47-05:00"));
    }

    @Test
    void shouldKeepSercopAmountsExact() throws URISyntaxException {
        CollectingSink sink = new CollectingSink();

        new OcdsReader(new ObjectMapper()).read(ecuadorDirectory().resolve(COMPILED), sink, new ReadProgress());

        var release = sink.releases.get(0).release();
        assertThat(release.get("id").asText()).endsWith("-compiled");
        assertThat(release.at("/tender/lots/0/value/amount").decimalValue()).isEqualTo(new BigDecimal("132540.65"));
        assertThat(release.at("/auctions/0/stages/0/bids/4/value/amount").decimalValue())
                .isEqualTo(new BigDecimal("132540.64"));
        assertThat(release.at("/awards/0/value/amount").asLong()).isEqualTo(125900);
    }

    @Test
    void shouldReadAMonthlyDumpShapedZipOfAnArrayOfSercopPackages() throws IOException, URISyntaxException {
        byte[] planning = Files.readAllBytes(ecuadorDirectory().resolve(PLANNING));
        byte[] compiled = Files.readAllBytes(ecuadorDirectory().resolve(COMPILED));
        byte[] array = TestInputs.bytes("[" + new String(planning, "UTF-8") + ",\n" + new String(compiled, "UTF-8") + "]");
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("ocds-2026-08.json", array);

        CollectingSink sink = TestInputs.read(TestInputs.zip(entries), "download.zip");

        assertThat(sink.positions()).containsExactly("download.zip!ocds-2026-08.json: [0].releases[0]",
                "download.zip!ocds-2026-08.json: [1].releases[0]");
        assertThat(sink.releases.get(1).release().get("ocid").asText()).isEqualTo("ocds-5wno2w-SIE-HOALO-2025-003-141697");
    }

    private static Path ecuadorDirectory() throws URISyntaxException {
        return Path.of(OcdsReaderSercopTest.class.getResource("/ocds/ecuador/" + PLANNING).toURI()).getParent();
    }
}
