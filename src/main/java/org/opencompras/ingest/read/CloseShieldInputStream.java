package org.opencompras.ingest.read;

import java.io.FilterInputStream;
import java.io.InputStream;

/**
 * Lets a decompressing stream be closed (to free its native inflater) without closing the stream below it,
 * which belongs to an enclosing archive, file or caller.
 */
final class CloseShieldInputStream extends FilterInputStream {

    CloseShieldInputStream(InputStream in) {
        super(in);
    }

    @Override
    public void close() {
    }
}
