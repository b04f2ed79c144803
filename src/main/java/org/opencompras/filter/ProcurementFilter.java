package org.opencompras.filter;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.opencompras.common.api.Params;
import org.opencompras.common.api.SortOrder;
import org.opencompras.common.api.Sql;
import org.opencompras.common.problem.ProblemException;

/**
 * The shared filters of the contract, award and process lists, checked, and the SQL that applies them to one
 * kind of list. Organizations are named by identity key; a well-formed key that matches nobody simply matches
 * no row.
 */
public record ProcurementFilter(
        String buyerKey, String supplierKey, String q, List<String> procurementMethods,
        String procurementMethodDetails, Boolean emergency, List<String> statuses,
        OffsetDateTime signedFrom, OffsetDateTime signedTo, OffsetDateTime awardedFrom, OffsetDateTime awardedTo,
        OffsetDateTime publishedFrom, OffsetDateTime publishedTo, BigDecimal minAmount, BigDecimal maxAmount,
        String currency, String classification, List<String> categories, String source) {

    public static final List<String> METHODS = List.of("open", "selective", "limited", "direct");
    public static final List<String> CATEGORIES = List.of("goods", "works", "services");
    /** The sort by search rank, which needs {@code q}. */
    public static final String RELEVANCE = "relevance";
    /** The rank of a process for the search, over the alias {@code query} that {@link #searchJoin()} binds. */
    public static final String RANK = "ts_rank_cd(p.search, query)";

    /** Checks every parameter; the first bad one is answered with a 400 naming it. */
    public static ProcurementFilter parse(ProcurementFilterParams in, FilterTarget target) {
        ProcurementFilter filter = new ProcurementFilter(
                organization("buyer", in.buyer), organization("supplier", in.supplier), Params.text("q", in.q),
                Params.oneOf("procurementMethod", in.procurementMethod, METHODS),
                Params.text("procurementMethodDetails", in.procurementMethodDetails),
                Params.bool("emergency", in.emergency),
                Params.oneOf("status", in.status, target.statuses()),
                Params.instant("signedFrom", in.signedFrom, false), Params.instant("signedTo", in.signedTo, true),
                Params.instant("awardedFrom", in.awardedFrom, false), Params.instant("awardedTo", in.awardedTo, true),
                Params.instant("publishedFrom", in.publishedFrom, false),
                Params.instant("publishedTo", in.publishedTo, true),
                Params.amount("minAmount", in.minAmount), Params.amount("maxAmount", in.maxAmount),
                Params.currency("currency", in.currency), classification(in.classification),
                Params.oneOf("mainProcurementCategory", in.mainProcurementCategory, CATEGORIES),
                Params.text("source", in.source));
        filter.checkRanges();
        return filter;
    }

    /** The conditions, joined by {@code and}, for a list of {@code target}; empty when nothing is filtered. */
    public Sql where(FilterTarget target) {
        return where(target, null);
    }

    /**
     * As {@link #where(FilterTarget)}, over a flat copy of the list that holds each row's supplier organizations as
     * an array of ids ({@code supplierIds}, an expression; null when it does not): the supplier filter then tests
     * that array, which an index can answer, instead of looking the suppliers up row by row.
     */
    public Sql where(FilterTarget target, String supplierIds) {
        Conditions where = new Conditions();
        // Each "exists" on its own is a one-time test: a name that matches nothing ends the query at once
        // instead of scanning the list for rows that cannot come.
        if (buyerKey != null) {
            where.add("exists (select 1 from organization o where o.identity_key = ?)", buyerKey);
            where.add("p.buyer_id = (select o.id from organization o where o.identity_key = ?)", buyerKey);
        }
        if (supplierKey != null) {
            where.add("exists (select 1 from organization o where o.identity_key = ?)", supplierKey);
            if (supplierIds == null) {
                where.add("exists (select 1 from award_supplier s join organization o on o.id = s.organization_id "
                        + "where " + awardOf(target, "s") + " and o.identity_key = ?)", supplierKey);
            } else {
                where.add(supplierIds + " && array(select o.id from organization o where o.identity_key = ?)",
                        supplierKey);
            }
        }
        if (q != null) {
            where.add("p.search @@ websearch_to_tsquery('es_unaccent', ?)", q);
        }
        if (!procurementMethods.isEmpty()) {
            where.add("p.procurement_method = any(?)", procurementMethods);
        }
        if (procurementMethodDetails != null) {
            where.add("exists (select 1 from process d where unaccented(lower(d.procurement_method_details)) "
                    + "= unaccented(lower(?)))", procurementMethodDetails);
            where.add("unaccented(lower(p.procurement_method_details)) = unaccented(lower(?))", procurementMethodDetails);
        }
        if (emergency != null) {
            where.add("p.emergency = ?", emergency);
        }
        if (!statuses.isEmpty()) {
            where.add(switch (target) {
                case CONTRACT -> "c.status";
                case AWARD -> "a.status";
                case PROCESS -> "p.tender_status";
            } + " = any(?)", statuses);
        }
        signed(target, where);
        awarded(target, where);
        if (publishedFrom != null) {
            where.add("p.first_release_date >= ?", publishedFrom);
        }
        if (publishedTo != null) {
            where.add("p.first_release_date < ?", publishedTo);
        }
        amounts(target, where);
        if (classification != null) {
            where.add("exists (select 1 from item i where i.ocid = p.ocid and i.classification_id like ?)",
                    likePrefix(classification));
        }
        if (!categories.isEmpty()) {
            where.add("p.main_procurement_category = any(?)", categories);
        }
        if (source != null) {
            where.add("exists (select 1 from source s where s.name = ?)", source);
            where.add("p.source_id = (select s.id from source s where s.name = ?)", source);
        }
        return where.sql();
    }

    /**
     * These filters less those that a list of items matches on each item rather than on its award and process: the
     * classification prefix, and the currency, which there names the currency of the items' prices and so is held
     * to the award's value only when an amount range asks about that value.
     */
    public ProcurementFilter withoutItemFilters() {
        boolean amounts = minAmount != null || maxAmount != null;
        return new ProcurementFilter(buyerKey, supplierKey, q, procurementMethods, procurementMethodDetails, emergency,
                statuses, signedFrom, signedTo, awardedFrom, awardedTo, publishedFrom, publishedTo, minAmount,
                maxAmount, amounts ? currency : null, null, categories, source);
    }

    /** These filters less the currency: empty when an answer kept per currency needs no other filtering. */
    public ProcurementFilter withoutCurrency() {
        return new ProcurementFilter(buyerKey, supplierKey, q, procurementMethods, procurementMethodDetails, emergency,
                statuses, signedFrom, signedTo, awardedFrom, awardedTo, publishedFrom, publishedTo, minAmount,
                maxAmount, null, classification, categories, source);
    }

    /** These filters less the source: empty when an answer kept per source needs no other filtering. */
    public ProcurementFilter withoutSource() {
        return new ProcurementFilter(buyerKey, supplierKey, q, procurementMethods, procurementMethodDetails, emergency,
                statuses, signedFrom, signedTo, awardedFrom, awardedTo, publishedFrom, publishedTo, minAmount,
                maxAmount, currency, classification, categories, null);
    }

    /**
     * Refuses a sort these filters cannot give: by amount ({@code amount}, {@code -amount}, or any name ending so)
     * without a currency, by {@code relevance} without a search.
     */
    public SortOrder checkSort(SortOrder order) {
        if (order.name().toLowerCase(java.util.Locale.ROOT).endsWith("amount") && currency == null) {
            throw ProblemException.invalidParameter(SortOrder.PARAMETER, "'" + order.name() + "' needs a `currency` "
                    + "filter: amounts in different currencies are never compared");
        }
        if (order.name().equals(RELEVANCE) && q == null) {
            throw ProblemException.invalidParameter(SortOrder.PARAMETER, "'relevance' needs a search: give `q`");
        }
        return order;
    }

    /** A join to add to a from clause for {@link #RANK}: the search as a query named {@code query}. */
    public Sql searchJoin() {
        return new Sql().append(" cross join websearch_to_tsquery('es_unaccent', ?) query", q);
    }

    /** A stable text of the filters, to tie a cursor to the query it was made for. */
    public String fingerprint() {
        return toString();
    }

    private void signed(FilterTarget target, Conditions where) {
        if (signedFrom == null && signedTo == null) {
            return;
        }
        Conditions range = new Conditions();
        String column = target == FilterTarget.CONTRACT ? "c.date_signed" : "k.date_signed";
        if (signedFrom != null) {
            range.add(column + " >= ?", signedFrom);
        }
        if (signedTo != null) {
            range.add(column + " < ?", signedTo);
        }
        switch (target) {
            case CONTRACT -> where.add(range.sql());
            case AWARD -> where.add(new Sql().append("exists (select 1 from contract k where k.ocid = a.ocid "
                    + "and k.award_id = a.award_id and ").append(range.sql()).append(")"));
            case PROCESS -> where.add(new Sql().append("exists (select 1 from contract k where k.ocid = p.ocid and ")
                    .append(range.sql()).append(")"));
        }
    }

    private void awarded(FilterTarget target, Conditions where) {
        if (awardedFrom == null && awardedTo == null) {
            return;
        }
        Conditions range = new Conditions();
        String column = target == FilterTarget.AWARD ? "a.award_date" : "w.award_date";
        if (awardedFrom != null) {
            range.add(column + " >= ?", awardedFrom);
        }
        if (awardedTo != null) {
            range.add(column + " < ?", awardedTo);
        }
        switch (target) {
            case AWARD -> where.add(range.sql());
            case CONTRACT -> where.add(new Sql().append("exists (select 1 from award w where w.ocid = c.ocid "
                    + "and w.award_id = c.award_id and ").append(range.sql()).append(")"));
            case PROCESS -> where.add(new Sql().append("exists (select 1 from award w where w.ocid = p.ocid and ")
                    .append(range.sql()).append(")"));
        }
    }

    private void amounts(FilterTarget target, Conditions where) {
        String prefix = switch (target) {
            case CONTRACT -> "c.value";
            case AWARD -> "a.value";
            case PROCESS -> "p.tender_value";
        };
        if (currency != null) {
            where.add(prefix + "_currency = ?", currency);
        }
        if (minAmount != null) {
            where.add(prefix + "_amount >= ?", minAmount);
        }
        if (maxAmount != null) {
            where.add(prefix + "_amount <= ?", maxAmount);
        }
    }

    private static String awardOf(FilterTarget target, String alias) {
        return switch (target) {
            case CONTRACT -> alias + ".ocid = c.ocid and " + alias + ".award_id = c.award_id";
            case AWARD -> alias + ".ocid = a.ocid and " + alias + ".award_id = a.award_id";
            case PROCESS -> alias + ".ocid = p.ocid";
        };
    }

    private void checkRanges() {
        if ((minAmount != null || maxAmount != null) && currency == null) {
            String name = minAmount != null ? "minAmount" : "maxAmount";
            throw ProblemException.invalidParameter(name, "needs `currency` too: amounts in different currencies "
                    + "are never compared");
        }
        if (minAmount != null && maxAmount != null && minAmount.compareTo(maxAmount) > 0) {
            throw ProblemException.invalidParameter("maxAmount", "at least minAmount (" + minAmount.toPlainString() + ")");
        }
        before("signedFrom", signedFrom, "signedTo", signedTo);
        before("awardedFrom", awardedFrom, "awardedTo", awardedTo);
        before("publishedFrom", publishedFrom, "publishedTo", publishedTo);
    }

    private static void before(String fromName, OffsetDateTime from, String toName, OffsetDateTime to) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw ProblemException.invalidParameter(toName, "later than " + fromName);
        }
    }

    private static String organization(String name, String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        return OrganizationRef.identityKey(raw).orElseThrow(() -> ProblemException.invalidParameter(name,
                "an organization id (as in /suppliers and /buyers) or a 13-digit RUC (got '" + Params.shown(raw) + "')"));
    }

    private static String classification(String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        if (!raw.matches("[A-Za-z0-9.-]{1,20}")) {
            throw ProblemException.invalidParameter("classification", "a classification code prefix: 1 to 20 "
                    + "letters, digits, '.' or '-' (got '" + Params.shown(raw) + "')");
        }
        return raw;
    }

    private static String likePrefix(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** Conditions joined by {@code and}. */
    private static final class Conditions {
        private final Sql sql = new Sql();

        void add(String condition, Object... values) {
            add(new Sql().append(condition, values));
        }

        void add(Sql condition) {
            if (!sql.isEmpty()) {
                sql.append(" and ");
            }
            sql.append(condition);
        }

        Sql sql() {
            return sql;
        }
    }
}
