package org.opencompras.ingest;

/** An ingest that could not go on: the database refused a batch, or the input could not be opened. */
public class IngestFailure extends RuntimeException {

    public IngestFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
