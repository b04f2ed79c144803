package org.opencompras.stats;

import java.util.List;
import org.opencompras.common.api.DataVersion;
import org.opencompras.common.api.ListResponse;
import org.opencompras.common.json.Timestamps;

/** The shapes of the statistics' answers: one object, or a page of rows in the list shape. */
final class StatsAnswer {

    private StatsAnswer() {
    }

    /** One statistic and what it was computed from. */
    record Single<T>(T data, StatsMeta meta) {
    }

    /** A page of rows, as the lists give them, with the filters echoed in its meta. */
    record Page<T>(List<T> data, ListResponse.Links links, StatsMeta meta) {
    }

    static <T> Single<T> single(T data, DataVersion.Version version, StatsFilter filter) {
        return new Single<>(data, new StatsMeta(null, asOf(version), null, filter.echo()));
    }

    static <T> Page<T> page(ListResponse<T> list, StatsFilter filter) {
        return new Page<>(list.data(), list.links(),
                new StatsMeta(list.meta().limit(), list.meta().dataAsOf(), list.meta().total(), filter.echo()));
    }

    private static String asOf(DataVersion.Version version) {
        return version == null || version.asOf() == null ? null : Timestamps.rfc3339(version.asOf());
    }
}
