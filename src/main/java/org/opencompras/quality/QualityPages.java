package org.opencompras.quality;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencompras.common.api.AnswerMeta;
import org.opencompras.common.api.ListResponse;
import org.opencompras.common.api.Paged;

/** The quality lists' pages: the one list shape, with the filters they were listed by echoed in their meta. */
final class QualityPages {

    private QualityPages() {
    }

    @Schema(name = "NameVariantList", description = "A page of organizations named in several ways")
    record NameVariantPage(List<NameVariantItem> data, ListResponse.Links links, AnswerMeta meta) implements Paged {

        static NameVariantPage of(ListResponse<NameVariantItem> page, Map<String, Object> filters) {
            return new NameVariantPage(page.data(), page.links(), AnswerMeta.of(page.meta(), filters));
        }
    }

    @Schema(name = "FailingProcessList", description = "A page of processes failing a check")
    record FailingProcessPage(List<FailingProcess> data, ListResponse.Links links, AnswerMeta meta) implements Paged {

        static FailingProcessPage of(ListResponse<FailingProcess> page, Map<String, Object> filters) {
            return new FailingProcessPage(page.data(), page.links(), AnswerMeta.of(page.meta(), filters));
        }
    }

    /** The one filter of the name variants, as they echo it: the source, when given. */
    static Map<String, Object> filters(String source) {
        return source == null ? Map.of() : Map.of("source", source);
    }
}
