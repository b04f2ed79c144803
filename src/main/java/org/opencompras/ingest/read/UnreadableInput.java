package org.opencompras.ingest.read;

import java.io.IOException;

/**
 * A file, or a part of a compressed file, that cannot be read any further, with a reason written for users
 * and the position (file name, or archive entry) it concerns.
 */
class UnreadableInput extends IOException {

    private final String position;

    UnreadableInput(String position, String reason) {
        super(reason);
        this.position = position;
    }

    String position() {
        return position;
    }

    String reason() {
        return getMessage();
    }
}
