package org.opencompras.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.opencompras.RawHttp;

/** An upload is judged on its headers: a refused one costs the server nothing, however much the client sends. */
@QuarkusTest
class IngestGateTest {

    private static final long ONE_GIB = 1L << 30;
    private static final int MIB = 1 << 20;

    @Test
    void shouldRefuseAnAnonymousUploadAndStopTakingItsBody() throws IOException {
        try (RawHttp http = RawHttp.connect(0)) {
            http.send("POST /api/v1/ingest HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + ONE_GIB + "\r\n\r\n");
            String head = http.head();
            assertThat(RawHttp.status(head)).isEqualTo(401);
            assertThat(RawHttp.header(head, "content-type")).isEqualTo("application/problem+json");
            assertThat(RawHttp.header(head, "connection")).isEqualTo("close");
            assertThat(http.body(head)).contains("\"type\":\"https://opencompras.org/problems/unauthorized\"");

            // An attacker's client goes on sending after the answer; the server must not go on reading.
            assertThat(megabytesTakenOf(http, 64)).isLessThan(64);
        }
    }

    @Test
    void shouldRefuseABodyAnnouncedOverTheLimitBeforeReadingIt() throws IOException {
        try (RawHttp http = RawHttp.connect(0)) {
            http.send("POST /api/v1/ingest HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer test-admin-key\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + 3 * ONE_GIB + "\r\n\r\n");
            String head = http.head();
            assertThat(RawHttp.status(head)).isEqualTo(413);
            assertThat(RawHttp.header(head, "content-type")).isEqualTo("application/problem+json");
            assertThat(http.body(head))
                    .contains("\"type\":\"https://opencompras.org/problems/payload-too-large\"")
                    .contains("opencompras.ingest.max-body-size");
            assertThat(megabytesTakenOf(http, 64)).isLessThan(64);
        }
    }

    /** Sends up to {@code most} megabytes of spaces and says how many went before the server cut the connection. */
    private static int megabytesTakenOf(RawHttp http, int most) {
        byte[] chunk = new byte[MIB];
        Arrays.fill(chunk, (byte) ' ');
        int sent = 0;
        try {
            while (sent < most) {
                http.send(chunk);
                sent++;
            }
        } catch (IOException e) {
            // The server closed the connection: what this test waits for.
        }
        return sent;
    }
}
