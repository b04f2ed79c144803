package org.opencompras.organization;

/** The kind of taxpayer an Ecuadorian RUC belongs to, read from its third digit. */
public enum RucType {
    /** Third digit 0–5: the RUC is a cédula followed by an establishment number. */
    NATURAL("natural"),
    /** Third digit 6: a public-sector entity. */
    PUBLIC("public"),
    /** Third digit 9: a private company (or a foreigner without cédula). */
    PRIVATE("private");

    private final String code;

    RucType(String code) {
        this.code = code;
    }

    /** The lower-case name stored with an organization ({@code natural}, {@code public}, {@code private}). */
    public String code() {
        return code;
    }

    /** The type announced by a RUC's third digit, or null for the digits no type uses (7, 8). */
    static RucType ofThirdDigit(int digit) {
        if (digit >= 0 && digit < 6) {
            return NATURAL;
        }
        if (digit == 6) {
            return PUBLIC;
        }
        if (digit == 9) {
            return PRIVATE;
        }
        return null;
    }
}
