package org.opencompras.quality;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.opencompras.common.api.ApiLinks;

/** The query of a check's list of failing processes: the filters a report was made with, for one of its sources. */
final class QualityLinks {

    private QualityLinks() {
    }

    /**
     * {@code name=value&...}: the filters as echoed (normalized, so read back as the same filters), the source last
     * and replaced by {@code source}.
     */
    static String query(Map<String, Object> applied, String source) {
        List<String> pairs = new ArrayList<>();
        applied.forEach((name, value) -> {
            if (!name.equals("source")) {
                pairs.add(name + "=" + ApiLinks.encodePath(text(value)));
            }
        });
        pairs.add("source=" + ApiLinks.encodePath(source));
        return String.join("&", pairs);
    }

    private static String text(Object value) {
        if (value instanceof List<?> list) {
            return String.join(",", list.stream().map(String::valueOf).toList());
        }
        if (value instanceof BigDecimal amount) {
            return amount.toPlainString();
        }
        return String.valueOf(value);
    }
}
