package org.opencompras.redflags;

/** What an indicator says of a process or organization. */
public enum Outcome {
    /** The indicator's condition holds: a reason to look closer, not proof of wrongdoing. */
    flagged,
    /** The indicator could be computed and its condition does not hold. */
    notFlagged,
    /** The data lacks what the indicator needs, or the process is outside what it assesses. */
    notComputable
}
