package org.opencompras.categories;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriInfo;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.opencompras.common.api.AnswerCache;
import org.opencompras.common.api.AnswerMeta;
import org.opencompras.common.api.AppliedFilters;
import org.opencompras.common.api.ApiLinks;
import org.opencompras.common.api.DataVersion;
import org.opencompras.common.api.KeysetLists;
import org.opencompras.common.api.Params;
import org.opencompras.common.api.RequestVersion;
import org.opencompras.common.problem.ProblemException;
import org.opencompras.common.problem.ProblemType;
import org.opencompras.filter.FilterTarget;
import org.opencompras.filter.ProcurementFilter;
import org.opencompras.filter.ProcurementFilterParams;

/** What the category endpoints answer: parameters checked, answers computed once per data version. */
@ApplicationScoped
public class CategoryAnalytics {

    static final List<String> INTERVALS = List.of("week", "month", "year");
    @Inject
    DataSource dataSource;

    @Inject
    AnswerCache answers;

    @Inject
    RequestVersion requestVersion;

    @Inject
    CategoryRuleBook ruleBook;

    @Inject
    ItemCategoryRefresh refresh;

    @Inject
    KeysetLists lists;

    CategorySpend.Answer spend(ProcurementFilterParams params) {
        ProcurementFilter filter = ProcurementFilter.parse(params, FilterTarget.PROCESS);
        checkReady();
        DataVersion.Version version = requestVersion.get();
        return answers.get(version, "analytics/categories\n" + filter.fingerprint(), () -> {
            try (Connection c = dataSource.getConnection()) {
                Map<String, CategoryTotals> totals = CategoryQueries.spend(c, filter);
                List<CategorySpend.Entry> entries = new ArrayList<>();
                for (Category category : ruleBook.rules().categories()) {
                    entries.add(entry(category.code(), category.name(), category.keywords(), category.cpcPrefixes(),
                            totals.getOrDefault(category.code(), CategoryQueries.empty(category.code()))));
                }
                entries.add(entry(Category.OTHER, "Otros", List.of(), List.of(),
                        totals.getOrDefault(Category.OTHER, CategoryQueries.empty(Category.OTHER))));
                return new CategorySpend.Answer(new CategorySpend(CategoryExamples.ITEMS_COUNTED, CategoryExamples.PRECEDENCE,
                        entries), AnswerMeta.of(version, AppliedFilters.of(filter)));
            }
        });
    }

    CategoryTimeline.Answer timeline(ProcurementFilterParams params, String rawInterval) {
        ProcurementFilter filter = ProcurementFilter.parse(params, FilterTarget.PROCESS);
        String interval = interval(rawInterval);
        checkReady();
        DataVersion.Version version = requestVersion.get();
        return answers.get(version, "analytics/categories/timeline\n" + interval + "\n" + filter.fingerprint(), () -> {
            try (Connection c = dataSource.getConnection()) {
                List<CategoryTimeline.Period> periods = new ArrayList<>();
                CategoryQueries.timeline(c, filter, interval).forEach((start, totals) ->
                        periods.add(new CategoryTimeline.Period(start, List.copyOf(totals.values()))));
                return new CategoryTimeline.Answer(new CategoryTimeline(interval, CategoryExamples.DATED, periods),
                        AnswerMeta.of(version, AppliedFilters.of(filter)));
            }
        });
    }

    CategorizedItem.Page items(ProcurementFilterParams params, String rawCategory,
                                        KeysetLists.PageParams page, UriInfo uri) {
        ProcurementFilter filter = ProcurementFilter.parse(params, FilterTarget.PROCESS);
        String category = category(rawCategory);
        checkReady();
        ApiLinks links = ApiLinks.of(uri);
        return CategorizedItem.Page.of(lists.page("analytics/categories/items", category + "\n" + filter.fingerprint(),
                ItemQueries.list(filter, category), ItemQueries.ORDER, page, rs -> ItemQueries.item(rs, links), uri),
                AppliedFilters.of(filter));
    }

    /** An interval: week, month or year; month when absent. */
    public static String interval(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "month";
        }
        if (!INTERVALS.contains(raw)) {
            throw ProblemException.invalidParameter("interval", "one of week, month, year (got '"
                    + Params.shown(raw) + "')");
        }
        return raw;
    }

    private String category(String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        List<String> codes = ruleBook.rules().codes();
        if (!codes.contains(raw)) {
            throw ProblemException.invalidParameter("category", "one of " + String.join(", ", codes) + " (got '"
                    + Params.shown(raw) + "')");
        }
        return raw;
    }

    /** A 503 until the items have been classified for the first time. */
    public void checkReady() {
        boolean ready;
        try (Connection c = dataSource.getConnection()) {
            ready = refresh.ready(c);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read whether the items are classified", e);
        }
        if (!ready) {
            throw new ProblemException(ProblemType.UNAVAILABLE, "The items are being classified for the first "
                    + "time; try again in a few minutes");
        }
    }

    private static CategorySpend.Entry entry(String code, String name, List<String> keywords, List<String> prefixes,
                                             CategoryTotals totals) {
        return new CategorySpend.Entry(code, name, keywords, prefixes, totals.items(), totals.processes(),
                totals.values());
    }
}
