package org.opencompras.process;

/**
 * Something odd found in a compiled release (a row of {@code data_issue}).
 *
 * @param path   where, relative to the compiled release, e.g. {@code awards[2].value.amount}
 * @param code   what, e.g. {@code amount_as_string}, {@code invalid_currency}
 * @param detail the raw value or an explanation; may be null
 */
public record DataIssue(String path, String code, String detail) {
}
