package org.opencompras.harvest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Follows another publisher's files: each URL is a unit, fetched with {@code If-None-Match} and
 * {@code If-Modified-Since} once loaded, and ingested again only when its content changed.
 */
@ApplicationScoped
public class UrlHarvest {

    @Inject
    HarvestService service;

    @Inject
    HarvestConfig config;

    @Inject
    HarvestClock clock;

    public HarvestReport run(String source, List<URI> urls, Optional<String> proxy, HarvestListener listener)
            throws HarvestService.Busy, InterruptedException, SQLException {
        var fetcher = new Fetcher(config, clock, config.url().requestsPerMinute(), proxy.or(config::proxy),
                Long.MAX_VALUE);
        return service.run(source, fetcher, listener, run -> {
            run.planned = urls.size();
            for (URI url : urls) {
                service.unit(run, new UnitRef(UnitRef.Kind.URL, url.toString(), url.toString(), nameOf(url), null));
            }
        });
    }

    /** The last part of the path, which tells the reader the format ({@code .jsonl}, {@code .gz}, {@code .zip}). */
    static String nameOf(URI url) {
        String path = url.getPath() == null ? "" : url.getPath();
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.isEmpty() ? url.getHost() + ".json" : last;
    }
}
