package org.opencompras.ingest;

/** Fired when an ingest run ends, whether it completed or not: what it committed is visible from now on. */
public record IngestFinished(long runId) {
}
