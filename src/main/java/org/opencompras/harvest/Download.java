package org.opencompras.harvest;

import java.nio.file.Path;

/**
 * A unit's answer, checked whole: its content in a temporary file (none when the server said {@code 304 Not
 * Modified}), with what identifies that content.
 */
record Download(int httpStatus, Path file, String etag, String lastModified, String sha256, long bytes,
        int attempts) {

    boolean notModified() {
        return httpStatus == 304;
    }
}
