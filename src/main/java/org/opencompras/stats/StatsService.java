package org.opencompras.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import org.opencompras.common.api.AnswerCache;
import org.opencompras.common.api.DataVersion;
import org.opencompras.common.api.KeysetLists;
import org.opencompras.common.api.KeysetQuery;
import org.opencompras.common.api.RequestVersion;
import org.opencompras.common.api.SortOrder;

/**
 * What the statistics endpoints do once their parameters are checked: each answer computed once per state of the
 * data and question, in one consistent snapshot.
 */
@ApplicationScoped
class StatsService {

    @Inject
    StatsReads reads;

    @Inject
    AnswerCache answers;

    @Inject
    RequestVersion requestVersion;

    @Inject
    StatsConfig config;

    StatsAnswer.Single<Summary> summary(StatsFilter filter) {
        DataVersion.Version version = requestVersion.get();
        return answers.get(version, "stats/summary\n" + filter.fingerprint(), () -> StatsAnswer.single(
                reads.read("the summary", c -> SummaryQuery.computeOrRead(c, filter)), version, filter));
    }

    StatsAnswer.Single<Timeline> timeline(StatsFilter filter, String interval, String dateField) {
        DataVersion.Version version = requestVersion.get();
        var question = new TimelineQuery.Question(interval, dateField, config.timeZone(), config.maxPeriods());
        return answers.get(version, "stats/timeline\n" + question + "\n" + filter.fingerprint(), () -> StatsAnswer.single(
                reads.read("the timeline", c -> TimelineQuery.compute(c, filter, question)), version, filter));
    }

    StatsAnswer.Page<GroupRow> breakdown(StatsFilter filter, Dimension dimension, String sort,
                                         KeysetLists.PageParams page, UriInfo uri) {
        SortOrder order = filter.filter().checkSort(BreakdownQuery.order(dimension, sort));
        KeysetQuery query = BreakdownQuery.query(dimension, filter);
        KeysetQuery.RowMapper<GroupRow> mapper = dimension.organization() ? BreakdownQuery::organizationRow
                : BreakdownQuery::row;
        return page("stats/by/" + dimension.parameter, filter, query, order, page, mapper, uri);
    }

    StatsAnswer.Single<Concentration> concentration(StatsFilter filter, String side, int top) {
        DataVersion.Version version = requestVersion.get();
        boolean withAmount = filter.currency() != null;
        return answers.get(version, "stats/concentration\n" + side + "\n" + top + "\n" + filter.fingerprint(), () -> {
            Concentration summary = reads.read("the concentration", c -> {
                Concentration counted = ConcentrationQuery.summary(c, side, top, filter);
                var leaders = ConcentrationQuery.ranking(side, filter)
                        .page(c, ConcentrationQuery.RANK, null, top, rs -> ConcentrationQuery.ranked(rs, withAmount));
                return new Concentration(counted.by(), counted.top(), counted.organizations(), counted.unattributed(),
                        counted.count(), counted.amounts(), leaders.rows());
            });
            return StatsAnswer.single(summary, version, filter);
        });
    }

    StatsAnswer.Page<RankedOrganization> ranking(StatsFilter filter, String side, KeysetLists.PageParams page,
                                                 UriInfo uri) {
        boolean withAmount = filter.currency() != null;
        return page("stats/concentration/ranking/" + side, filter, ConcentrationQuery.ranking(side, filter),
                ConcentrationQuery.RANK, page, rs -> ConcentrationQuery.ranked(rs, withAmount), uri);
    }

    StatsAnswer.Page<CaptiveSupplier> captive(StatsFilter filter, int minContracts, BigDecimal minShare,
                                              KeysetLists.PageParams page, UriInfo uri) {
        return page("stats/concentration/captive-suppliers/" + minContracts + "/" + minShare.toPlainString(), filter,
                CaptiveQuery.query(filter, minContracts, minShare), CaptiveQuery.ORDER, page, CaptiveQuery::row, uri);
    }

    private <T> StatsAnswer.Page<T> page(String resource, StatsFilter filter, KeysetQuery query, SortOrder order,
                                         KeysetLists.PageParams page, KeysetQuery.RowMapper<T> mapper, UriInfo uri) {
        DataVersion.Version version = requestVersion.get();
        // The request's own address is part of the answer (its links), so it is part of the key.
        String key = resource + "\n" + order.name() + "\n" + uri.getRequestUri() + "\n" + filter.fingerprint();
        return answers.get(version, key, () -> StatsAnswer.page(
                reads.page(resource, filter.fingerprint(), query, order, page, mapper, uri, version), filter));
    }
}
