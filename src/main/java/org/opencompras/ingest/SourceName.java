package org.opencompras.ingest;

import java.util.regex.Pattern;

/** The names releases are filed under (a publisher, a dump): short, printable, safe in URLs and logs. */
public final class SourceName {

    public static final String DEFAULT_CLI = "local";
    public static final String DEFAULT_HTTP = "api";
    public static final String RULE = "1 to 100 letters, digits, spaces, '.', '_' or '-', starting with a letter or digit";

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._-]{0,99}");

    private SourceName() {
    }

    public static boolean isValid(String name) {
        return name != null && VALID.matcher(name).matches();
    }
}
