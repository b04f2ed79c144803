package org.opencompras.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Streams a release package far larger than any test should hold in memory. The package is generated while it
 * is read and never exists as a whole, and the sink keeps nothing; the heap in use after a collection must be
 * the same at the end as after the first tenth, which holds only if the reader keeps one release at a time.
 */
class OcdsReaderMemoryTest {

    private static final int RELEASES = 200_000;

    @Test
    void shouldStreamAPackageOfTwoHundredThousandReleases() {
        CountingSink sink = new CountingSink();
        ReadProgress progress = new ReadProgress();
        GeneratedPackage input = new GeneratedPackage(RELEASES);

        new OcdsReader(new ObjectMapper()).read(input, "generated.json", sink, progress);

        assertThat(sink.rejected).isZero();
        assertThat(sink.released).isEqualTo(RELEASES);
        assertThat(sink.lastPosition).isEqualTo("generated.json: releases[" + (RELEASES - 1) + "]");
        assertThat(progress.releasesRead()).isEqualTo(RELEASES);
        assertThat(progress.bytesRead()).isEqualTo(input.bytesProduced);
        // Held trees of 180,000 more releases would take hundreds of MB; streaming keeps the heap where it was.
        long grownBy = usedHeapAfterGc() - sink.heapAtTenPercent;
        assertThat(grownBy).isLessThan(MAX_HEAP_GROWTH);
    }

    private static final long MAX_HEAP_GROWTH = 32L * 1024 * 1024;

    private static long usedHeapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static final class CountingSink implements ReleaseSink {
        long released;
        long rejected;
        String lastPosition;
        long heapAtTenPercent;

        @Override
        public void release(ReleaseInput input) {
            released++;
            lastPosition = input.position();
            if (released == RELEASES / 10) {
                heapAtTenPercent = usedHeapAfterGc();
            }
        }

        @Override
        public void rejected(String position, String reason) {
            rejected++;
        }
    }

    /** A release package produced piece by piece as it is read. */
    private static final class GeneratedPackage extends InputStream {
        private final int releases;
        private int next = -1;
        private byte[] chunk = "{\"publisher\":{\"name\":\"Generated\"},\"releases\":[".getBytes(StandardCharsets.UTF_8);
        private int offset;
        long bytesProduced;

        GeneratedPackage(int releases) {
            this.releases = releases;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] target, int targetOffset, int length) {
            while (offset == chunk.length) {
                if (!nextChunk()) {
                    return -1;
                }
            }
            int n = Math.min(length, chunk.length - offset);
            System.arraycopy(chunk, offset, target, targetOffset, n);
            offset += n;
            bytesProduced += n;
            return n;
        }

        private boolean nextChunk() {
            next++;
            if (next > releases) {
                return false;
            }
            String text = next == releases ? "]}" : (next == 0 ? "" : ",")
                    + "{\"ocid\":\"ocds-gen-" + next + "\",\"id\":\"" + next + "\",\"date\":\"2020-01-01T00:00:00Z\","
                    + "\"tag\":[\"tender\"],\"tender\":{\"value\":{\"amount\":" + next + ".25,\"currency\":\"USD\"},"
                    + "\"title\":\"Generated tender number " + next + "\"}}";
            chunk = text.getBytes(StandardCharsets.UTF_8);
            offset = 0;
            return true;
        }
    }
}
