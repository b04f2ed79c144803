package org.opencompras.quality;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
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
import org.opencompras.common.api.KeysetQuery;
import org.opencompras.common.api.Params;
import org.opencompras.common.api.RequestVersion;
import org.opencompras.common.api.SortKey;
import org.opencompras.common.api.SortOrder;
import org.opencompras.common.api.Sql;
import org.opencompras.common.json.Timestamps;
import org.opencompras.common.problem.ProblemException;
import org.opencompras.filter.FilterTarget;
import org.opencompras.filter.OrganizationRef;
import org.opencompras.filter.ProcurementFilter;
import org.opencompras.filter.ProcurementFilterParams;

/** What the quality endpoints answer, read from the views refreshed at the end of every ingest. */
@ApplicationScoped
class DataQuality {

    static final int SHARE_SCALE = 6;

    private static final String CHECKED_AS_OF = "select refreshed_at from derived_data where name = 'data_quality'";

    private static final SortOrder MOST_VARIANTS = SortOrder.descending("-variants",
            SortKey.of("c.variants", "bigint"), SortKey.of("c.identity_key", "text"));

    private static final SortOrder BY_OCID = SortOrder.ascending("ocid", SortKey.of("f.ocid", "text"));

    @Inject
    DataSource dataSource;

    @Inject
    AnswerCache answers;

    @Inject
    RequestVersion requestVersion;

    @Inject
    KeysetLists lists;

    QualityReport report(ProcurementFilterParams params, UriInfo uri) {
        ProcurementFilter filter = ProcurementFilter.parse(params, FilterTarget.PROCESS);
        Map<String, Object> applied = AppliedFilters.of(filter);
        DataVersion.Version version = requestVersion.get();
        String base = ApiLinks.of(uri).to("quality", "checks") + "/";
        return answers.get(version, "/quality\n" + filter.fingerprint() + "\nbase=" + base, () -> {
            try (Connection c = dataSource.getConnection()) {
                return new QualityReport(new QualityReport.Data(sources(QualityCounts.read(c, filter), applied, base)),
                        new QualityReport.Meta(AnswerMeta.asOf(version), checkedAsOf(c), applied));
            }
        });
    }

    private static List<QualityReport.SourceQuality> sources(Map<String, Map<String, Long>> countsBySource,
                                                             Map<String, Object> applied, String base) {
        List<QualityReport.SourceQuality> sources = new ArrayList<>();
        countsBySource.forEach((name, counts) -> {
            long processes = counts.getOrDefault(null, 0L);
            String examples = "/processes?" + QualityLinks.query(applied, name);
            List<QualityReport.CheckResult> checks = new ArrayList<>();
            for (QualityCheck check : QualityCheck.values()) {
                long failing = counts.getOrDefault(check.code(), 0L);
                checks.add(new QualityReport.CheckResult(check.code(), check.title(), check.description(), failing,
                        share(failing, processes), base + check.code() + examples));
            }
            sources.add(new QualityReport.SourceQuality(name, processes, checks));
        });
        return sources;
    }

    static BigDecimal share(long failing, long processes) {
        if (processes == 0) {
            return BigDecimal.ZERO.setScale(SHARE_SCALE);
        }
        return BigDecimal.valueOf(failing).divide(BigDecimal.valueOf(processes), SHARE_SCALE, RoundingMode.HALF_EVEN);
    }

    private static String checkedAsOf(Connection c) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(CHECKED_AS_OF); ResultSet rs = statement.executeQuery()) {
            return rs.next() ? Timestamps.rfc3339(rs.getObject(1, OffsetDateTime.class)) : null;
        }
    }

    QualityPages.NameVariantPage nameVariants(String rawSource, KeysetLists.PageParams page, UriInfo uri) {
        String source = Params.text("source", rawSource);
        // The variants of the same scope as the row: this source's, or those over all sources.
        String sameScope = source == null ? "v.source_id is null" : "v.source_id = c.source_id";
        String variants = "from organization_name_variant v where " + sameScope
                + " and v.organization_id = c.organization_id";
        String select = "c.identity_key, c.name, c.processes, "
                + "array(select v.name " + variants + " order by v.processes desc, v.name) as variant_names, "
                + "array(select v.processes " + variants + " order by v.processes desc, v.name) as variant_processes";
        Sql where = source == null ? new Sql().append("c.source_id is null")
                : new Sql().append("c.source_id = (select s.id from source s where s.name = ?)", source);
        KeysetQuery query = new KeysetQuery(select, new Sql().append("organization_name_variant_count c"), where);
        return QualityPages.NameVariantPage.of(lists.page("quality/name-variants", "source=" + source, query,
                MOST_VARIANTS, page, DataQuality::nameVariant, uri), QualityPages.filters(source));
    }

    private static NameVariantItem nameVariant(ResultSet rs) throws SQLException {
        String[] names = (String[]) rs.getArray("variant_names").getArray();
        Array counts = rs.getArray("variant_processes");
        Long[] processes = (Long[]) counts.getArray();
        List<NameVariantItem.Variant> variants = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            variants.add(new NameVariantItem.Variant(names[i], processes[i]));
        }
        return new NameVariantItem(OrganizationRef.id(rs.getString("identity_key")), rs.getString("name"),
                rs.getLong("processes"), variants);
    }

    QualityPages.FailingProcessPage failingProcesses(String code, ProcurementFilterParams params,
                                                     KeysetLists.PageParams page, UriInfo uri) {
        QualityCheck check = QualityCheck.byCode(code).orElseThrow(() -> ProblemException.notFound(
                "No quality check '" + Params.shown(code) + "'; the checks are " + codes()));
        ProcurementFilter filter = ProcurementFilter.parse(params, FilterTarget.PROCESS);
        Sql where = new Sql().append("f.code = ?", check.code());
        if (filter.source() != null) {
            // Also the filter's, on the process; said of the failure, it reads the failures in ocid order from
            // their key (check, source, ocid).
            where.append(" and f.source_id = (select s.id from source s where s.name = ?)", filter.source());
        }
        Sql filters = filter.where(FilterTarget.PROCESS);
        if (!filters.isEmpty()) {
            where.append(" and ").append(filters);
        }
        KeysetQuery query = new KeysetQuery("f.ocid, s.name as source, p.title", new Sql().append(
                "quality_failure f join process p on p.ocid = f.ocid join source s on s.id = f.source_id"), where);
        ApiLinks links = ApiLinks.of(uri);
        return QualityPages.FailingProcessPage.of(lists.page("quality/checks/processes",
                "code=" + check.code() + "\n" + filter.fingerprint(), query, BY_OCID, page,
                rs -> new FailingProcess(rs.getString("ocid"), rs.getString("source"), rs.getString("title"),
                        links.to("processes", rs.getString("ocid"))), uri), AppliedFilters.of(filter));
    }

    static String codes() {
        return String.join(", ", java.util.Arrays.stream(QualityCheck.values()).map(QualityCheck::code).toList());
    }
}
