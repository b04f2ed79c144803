package org.opencompras.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.opencompras.RawHttp;
import org.opencompras.TestDatabase;
import org.opencompras.TestReleases;
import org.opencompras.TightLimits;

/** A body sent without Content-Length is stopped where it passes the limit, with what came before kept. */
@QuarkusTest
@TestProfile(TightLimits.class)
class IngestBodyLimitTest {

    @Test
    void shouldStopAChunkedBodyAtTheLimitAndKeepTheBatchesBefore() throws IOException {
        String ocidPrefix = "ocds-limit-";
        try (RawHttp http = RawHttp.connect(0)) {
            http.send("POST /api/v1/ingest?source=limit-test HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer test-admin-key\r\nContent-Type: application/x-ndjson\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n");
            try {
                // 64 KB is the limit; this sends about 150 KB, a release a line.
                for (int i = 0; i < 1000; i++) {
                    String line = TestReleases.release(ocidPrefix + i, "1", "2024-03-01T00:00:00Z") + "\n";
                    byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
                    http.send(Integer.toHexString(bytes.length) + "\r\n");
                    http.send(bytes);
                    http.send("\r\n");
                }
                http.send("0\r\n\r\n");
            } catch (IOException e) {
                // The server answered and closed the connection before the body ended.
            }
            String head = http.head();
            String answer = http.body(head);
            assertThat(RawHttp.status(head)).isEqualTo(413);
            assertThat(RawHttp.header(head, "content-type")).isEqualTo("application/problem+json");
            long stored = TestDatabase.count("select count(*) from release where ocid like '" + ocidPrefix + "%'");
            assertThat(stored).isPositive().isLessThan(1000);
            assertThat(answer).contains("is larger than 65,536 bytes (opencompras.ingest.max-body-size)")
                    .contains(String.format("%,d inserted", stored));
        }
        assertThat(TestDatabase.text("select r.status from ingest_run r join source s on s.id = r.source_id "
                + "where s.name = 'limit-test' order by r.id desc limit 1")).isEqualTo("incomplete");
    }
}
