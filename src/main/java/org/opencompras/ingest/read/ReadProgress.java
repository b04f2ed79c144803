package org.opencompras.ingest.read;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counters of a read in progress. {@link OcdsReader} updates them while another thread may print them.
 * Bytes are counted as stored on disk (compressed bytes for {@code .gz} and {@code .zip} files).
 */
public final class ReadProgress {

    private final AtomicLong bytesRead = new AtomicLong();
    private final AtomicLong totalBytes = new AtomicLong();
    private final AtomicLong releasesRead = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private final AtomicLong filesRead = new AtomicLong();
    private volatile String currentFile = "";

    /** Bytes read so far from files and streams. */
    public long bytesRead() {
        return bytesRead.get();
    }

    /** The sum of the sizes of the files known up front; 0 if unknown (e.g. when reading a stream). */
    public long totalBytes() {
        return totalBytes.get();
    }

    /** Releases handed to {@link ReleaseSink#release}. */
    public long releasesRead() {
        return releasesRead.get();
    }

    /** Calls of {@link ReleaseSink#rejected}: invalid releases and unreadable files or parts of files. */
    public long rejected() {
        return rejected.get();
    }

    /** Files (or streams) started so far. */
    public long filesRead() {
        return filesRead.get();
    }

    /** The name of the file being read, empty before the first one. */
    public String currentFile() {
        return currentFile;
    }

    void addBytesRead(long bytes) {
        bytesRead.addAndGet(bytes);
    }

    void addTotalBytes(long bytes) {
        totalBytes.addAndGet(bytes);
    }

    void releaseRead() {
        releasesRead.incrementAndGet();
    }

    void rejectedOne() {
        rejected.incrementAndGet();
    }

    void fileStarted(String name) {
        filesRead.incrementAndGet();
        currentFile = name;
    }
}
