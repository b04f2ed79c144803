package org.opencompras.emergency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriInfo;
import java.sql.Connection;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.opencompras.categories.Category;
import org.opencompras.categories.CategoryAnalytics;
import org.opencompras.categories.CategoryRuleBook;
import org.opencompras.common.api.AnswerCache;
import org.opencompras.common.api.AnswerMeta;
import org.opencompras.common.api.AppliedFilters;
import org.opencompras.common.api.ApiLinks;
import org.opencompras.common.api.DataVersion;
import org.opencompras.common.api.KeysetLists;
import org.opencompras.common.api.Params;
import org.opencompras.common.api.RequestVersion;
import org.opencompras.common.problem.ProblemException;
import org.opencompras.filter.FilterTarget;
import org.opencompras.filter.ProcurementFilter;
import org.opencompras.filter.ProcurementFilterParams;

/** What the emergency endpoints answer: parameters checked, shares computed once per data version, flags paged. */
@ApplicationScoped
class EmergencyAnalytics {

    @Inject
    DataSource dataSource;

    @Inject
    AnswerCache answers;

    @Inject
    RequestVersion requestVersion;

    @Inject
    KeysetLists lists;

    @Inject
    EmergencyRules rules;

    @Inject
    CategoryRuleBook categories;

    @Inject
    CategoryAnalytics categoryAnalytics;

    EmergencyShares.Answer shares(ProcurementFilterParams params, String rawBy, String rawInterval, String rawLimit) {
        ProcurementFilter filter = ProcurementFilter.parse(params, FilterTarget.PROCESS);
        ShareQueries.By by = by(rawBy);
        String interval = rawInterval == null || rawInterval.isEmpty() ? null : CategoryAnalytics.interval(rawInterval);
        int limit = Params.limit(rawLimit);
        if (by == ShareQueries.By.COVID_CATEGORY) {
            categoryAnalytics.checkReady();
        }
        Map<String, String> names = new HashMap<>();
        categories.rules().categories().forEach(category -> names.put(category.code(), category.name()));
        names.put(Category.OTHER, "Otros");
        DataVersion.Version version = requestVersion.get();
        String question = "analytics/emergency\n" + by + "\n" + interval + "\n" + limit + "\n" + filter.fingerprint();
        return answers.get(version, question, () -> {
            try (Connection c = dataSource.getConnection()) {
                return new EmergencyShares.Answer(new EmergencyShares(by.parameter, interval,
                        EmergencyExamples.COUNTED, ShareQueries.groups(c, filter, by, interval, limit, names)),
                        AnswerMeta.of(version, AppliedFilters.of(filter)));
            }
        });
    }

    FlagList flags(ProcurementFilterParams params, KeysetLists.PageParams page, UriInfo uri) {
        ProcurementFilter filter = ProcurementFilter.parse(params, FilterTarget.PROCESS);
        categoryAnalytics.checkReady();
        EmergencySettings settings = rules.settings();
        ApiLinks links = ApiLinks.of(uri);
        return FlagList.of(lists.page("analytics/emergency/flags", settings + "\n" + filter.fingerprint(),
                FlagQueries.list(filter, settings), FlagQueries.ORDER, page,
                rs -> FlagQueries.flag(rs, links, settings.maxPeriodDays()), uri), AppliedFilters.of(filter), settings);
    }

    private static ShareQueries.By by(String raw) {
        if (raw == null || raw.isEmpty()) {
            return ShareQueries.By.ALL;
        }
        return Arrays.stream(ShareQueries.By.values()).filter(by -> by.parameter.equals(raw)).findFirst()
                .orElseThrow(() -> ProblemException.invalidParameter("by", "one of " + String.join(", ",
                        Arrays.stream(ShareQueries.By.values()).map(by -> by.parameter).toList())
                        + " (got '" + Params.shown(raw) + "')"));
    }
}
