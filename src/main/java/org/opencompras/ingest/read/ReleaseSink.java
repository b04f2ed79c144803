package org.opencompras.ingest.read;

/**
 * Receives what {@link OcdsReader} finds, in input order. Exceptions thrown by a sink are not input problems:
 * they stop the reading and reach the caller of {@code read}.
 */
public interface ReleaseSink {

    /** A release that passed {@link ReleaseValidator}. */
    void release(ReleaseInput input);

    /** A release, or a whole file or part of it, that could not be read; the reason is written for users. */
    void rejected(String position, String reason);

    /**
     * The metadata of a package, complete, once the reader has passed its end (publishers often write it after
     * the releases, too late to travel with them).
     */
    default void packageRead(PackageInfo packageInfo) {
    }
}
