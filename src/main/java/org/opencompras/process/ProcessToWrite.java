package org.opencompras.process;

/**
 * One compiled process ready for {@link ProcessWriter#writeAll}: its ocid, the rows extracted from its compiled
 * release, and the compiler's facts about it.
 */
public record ProcessToWrite(String ocid, ProcessRows rows, ProcessMeta meta) {
}
