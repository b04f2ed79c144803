package org.opencompras.ingest;

/** What one committed batch changed. */
record BatchOutcome(int inserted, int replaced, int duplicates, int processesCompiled) {
}
