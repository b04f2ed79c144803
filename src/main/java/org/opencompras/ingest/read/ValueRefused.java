package org.opencompras.ingest.read;

import java.io.IOException;

/**
 * A value the reader refuses while building it, with the reason written for users. The parser is left inside
 * the value; {@link TreeReader} moves it past the value so that reading goes on with the next one.
 */
class ValueRefused extends IOException {

    ValueRefused(String reason) {
        super(reason);
    }
}
