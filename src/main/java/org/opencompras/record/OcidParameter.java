package org.opencompras.record;

import org.opencompras.ingest.read.ReleaseValidator;

/** What an ocid taken from a URL may look like: what the ingest accepts, nothing the database would refuse. */
public final class OcidParameter {

    private static final int SHOWN = 100;

    private OcidParameter() {
    }

    /** False for values no stored process can have: too long, or holding control characters. */
    public static boolean isPlausible(String ocid) {
        return ocid.length() <= ReleaseValidator.MAX_IDENTIFIER_LENGTH && ocid.chars().noneMatch(Character::isISOControl);
    }

    /** The value as it may be echoed in a message: control characters escaped, long values cut. */
    public static String shown(String ocid) {
        var text = new StringBuilder();
        ocid.codePoints().limit(SHOWN).forEach(c -> {
            if (Character.isISOControl(c)) {
                text.append(String.format("\\u%04x", c));
            } else {
                text.appendCodePoint(c);
            }
        });
        return ocid.length() > SHOWN ? text + "..." : text.toString();
    }
}
