package org.opencompras.stats;

import java.util.List;
import org.opencompras.common.api.AnswerMeta;
import org.opencompras.common.api.DataVersion;
import org.opencompras.common.api.ListResponse;
import org.opencompras.common.api.Paged;

/** The shapes of the statistics' answers: one object, or a page of rows in the list shape. */
final class StatsAnswer {

    private StatsAnswer() {
    }

    /** One statistic and what it was computed from. */
    record Single<T>(T data, AnswerMeta meta) {
    }

    /** A page of rows, as the lists give them, with the filters echoed in its meta. */
    record Page<T>(List<T> data, ListResponse.Links links, AnswerMeta meta) implements Paged {
    }

    static <T> Single<T> single(T data, DataVersion.Version version, StatsFilter filter) {
        return new Single<>(data, AnswerMeta.of(version, filter.echo()));
    }

    static <T> Page<T> page(ListResponse<T> list, StatsFilter filter) {
        return new Page<>(list.data(), list.links(), AnswerMeta.of(list.meta(), filter.echo()));
    }
}
