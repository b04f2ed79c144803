package org.opencompras.organization;

import java.util.regex.Pattern;

/**
 * The publisher part of an OCID: {@code ocds-5wno2w} of {@code ocds-5wno2w-SIE-HOALO-2025-003-141697}. OCP
 * registers one such prefix per publisher; an OCID without one is scoped by its first segment.
 */
public final class OcidPrefix {

    private static final Pattern REGISTERED = Pattern.compile("^(ocds|ocid)-[A-Za-z0-9]{6}(?=-|$)");

    private OcidPrefix() {
    }

    public static String of(String ocid) {
        var registered = REGISTERED.matcher(ocid);
        if (registered.find()) {
            return registered.group();
        }
        int dash = ocid.indexOf('-');
        return dash > 0 ? ocid.substring(0, dash) : ocid;
    }
}
