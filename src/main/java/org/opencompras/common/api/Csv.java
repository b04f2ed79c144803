package org.opencompras.common.api;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** RFC 4180 CSV: fields separated by commas, records ended by CRLF, quoted when they hold a comma, quote, CR or LF. */
public final class Csv {

    private Csv() {
    }

    public static void writeRecord(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(fields.get(i)));
        }
        out.write("\r\n");
    }

    /** A field as written: empty for null, quoted (with quotes doubled) when needed. */
    public static String field(String value) {
        if (value == null) {
            return "";
        }
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
