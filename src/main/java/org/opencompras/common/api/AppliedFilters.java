package org.opencompras.common.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencompras.common.json.Timestamps;
import org.opencompras.filter.OrganizationRef;
import org.opencompras.filter.ProcurementFilter;

/** The shared filters as an answer echoes them in {@code meta.filters}. */
public final class AppliedFilters {

    private AppliedFilters() {
    }

    /** The filters applied: normalized, ids as the API writes them, dates as instants in UTC, absent ones left out. */
    public static Map<String, Object> of(ProcurementFilter filter) {
        Map<String, Object> echo = new LinkedHashMap<>();
        put(echo, "buyer", filter.buyerKey() == null ? null : OrganizationRef.id(filter.buyerKey()));
        put(echo, "supplier", filter.supplierKey() == null ? null : OrganizationRef.id(filter.supplierKey()));
        put(echo, "q", filter.q());
        put(echo, "procurementMethod", filter.procurementMethods());
        put(echo, "procurementMethodDetails", filter.procurementMethodDetails());
        put(echo, "emergency", filter.emergency());
        put(echo, "status", filter.statuses());
        put(echo, "signedFrom", filter.signedFrom() == null ? null : Timestamps.rfc3339(filter.signedFrom()));
        put(echo, "signedTo", filter.signedTo() == null ? null : Timestamps.rfc3339(filter.signedTo()));
        put(echo, "awardedFrom", filter.awardedFrom() == null ? null : Timestamps.rfc3339(filter.awardedFrom()));
        put(echo, "awardedTo", filter.awardedTo() == null ? null : Timestamps.rfc3339(filter.awardedTo()));
        put(echo, "publishedFrom", filter.publishedFrom() == null ? null : Timestamps.rfc3339(filter.publishedFrom()));
        put(echo, "publishedTo", filter.publishedTo() == null ? null : Timestamps.rfc3339(filter.publishedTo()));
        put(echo, "minAmount", filter.minAmount());
        put(echo, "maxAmount", filter.maxAmount());
        put(echo, "currency", filter.currency());
        put(echo, "classification", filter.classification());
        put(echo, "mainProcurementCategory", filter.categories());
        put(echo, "source", filter.source());
        return echo;
    }

    private static void put(Map<String, Object> echo, String name, Object value) {
        if (value != null && !(value instanceof List<?> list && list.isEmpty())) {
            echo.put(name, value);
        }
    }
}
