package org.opencompras.ingest;

import org.opencompras.common.problem.ProblemException;
import org.opencompras.common.problem.ProblemType;
import org.opencompras.ingest.read.InputRefused;

/**
 * An ingest whose input stopped before its end: cut off, or refused for what reading it would cost. What was
 * read before is stored (the run is recorded {@code incomplete}); the answer says so instead of a success.
 */
public class IngestIncomplete extends ProblemException {

    IngestIncomplete(InputRefused cause, IngestReport stored) {
        super(typeOf(cause), detail(cause, stored));
        initCause(cause);
    }

    private static ProblemType typeOf(InputRefused cause) {
        return cause.why() == InputRefused.Why.TOO_LARGE ? ProblemType.PAYLOAD_TOO_LARGE : ProblemType.UNREADABLE_BODY;
    }

    private static String detail(InputRefused cause, IngestReport stored) {
        String advice = cause.why() == InputRefused.Why.CUT_SHORT
                ? "send the whole body again to finish (what is stored counts as duplicates)"
                : "the rest of the body was not read";
        return String.format("%s: %s. Before it, %,d read: %,d inserted, %,d replaced, %,d duplicates, %,d rejected; "
                        + "%s.", cause.position(), cause.reason(), stored.releasesRead(), stored.inserted(),
                stored.replaced(), stored.duplicates(), stored.rejectedCount(), advice);
    }
}
