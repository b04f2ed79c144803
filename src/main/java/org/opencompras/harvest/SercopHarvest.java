package org.opencompras.harvest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What to fetch from SERCOP. Bulk: one zip a month, {@code download?type=json&year=YYYY&month=MM&method=all}, holding
 * a JSON array of release packages. API: {@code api/search_ocds?year=YYYY&page=N} lists a year's processes ten a
 * page with their latest date, and {@code api/record?ocid=OCID} answers a release package of one process.
 */
@ApplicationScoped
public class SercopHarvest {

    /** SERCOP's months are Ecuador's. */
    static final ZoneId ECUADOR = ZoneId.of("America/Guayaquil");

    @Inject
    HarvestService service;

    @Inject
    HarvestConfig config;

    @Inject
    HarvestClock clock;

    @Inject
    HarvestUnits units;

    /** Every month from {@code from} to {@code to}, both included, each fetched and loaded if it changed. */
    public HarvestReport bulk(YearMonth from, YearMonth to, Optional<String> proxy, HarvestListener listener)
            throws HarvestService.Busy, InterruptedException, SQLException {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months(months, proxy, listener, null);
    }

    /** The default run: every month never loaded, and the last {@code refresh-months} again, this one included. */
    public HarvestReport refresh(Optional<String> proxy, HarvestListener listener)
            throws HarvestService.Busy, InterruptedException, SQLException {
        YearMonth current = currentMonthInEcuador();
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = YearMonth.parse(config.sercop().firstMonth()); !month.isAfter(current);
                month = month.plusMonths(1)) {
            months.add(month);
        }
        YearMonth recent = current.minusMonths(config.sercop().refreshMonths() - 1L);
        return months(months, proxy, listener, recent);
    }

    /** Fetches the months; with {@code refreshFrom}, only those never loaded and those from it on. */
    private HarvestReport months(List<YearMonth> months, Optional<String> proxy, HarvestListener listener,
            YearMonth refreshFrom) throws HarvestService.Busy, InterruptedException, SQLException {
        return service.run(config.sercop().source(), fetcher(proxy, Long.MAX_VALUE), listener, run -> {
            List<UnitRef> todo = new ArrayList<>();
            for (YearMonth month : months) {
                UnitRef ref = month(month);
                if (refreshFrom == null || !month.isBefore(refreshFrom) || !units.everLoaded(run.sourceId, ref.key())) {
                    todo.add(ref);
                }
            }
            run.planned = todo.size();
            for (UnitRef ref : todo) {
                service.unit(run, ref);
            }
        });
    }

    /**
     * Reads a year's listing page by page and fetches each process whose listed date is newer than what is stored,
     * within {@code maxRequests} requests.
     */
    public HarvestReport api(int year, long maxRequests, Optional<String> proxy, HarvestListener listener)
            throws HarvestService.Busy, InterruptedException, SQLException {
        return service.run(config.sercop().source(), fetcher(proxy, maxRequests), listener, run -> {
            int pages = 1;
            for (int page = 1; page <= pages; page++) {
                JsonNode listing = service.listing(run, page(year, page));
                if (listing == null) {
                    if (page == 1) {
                        return;
                    }
                    continue;
                }
                if (page == 1) {
                    pages = Math.max(1, listing.path("pages").asInt(1));
                }
                for (JsonNode row : listing.path("data")) {
                    String ocid = row.path("ocid").asText("");
                    if (ocid.isEmpty()) {
                        continue;
                    }
                    OffsetDateTime listed = ListingDate.parse(row.path("date").asText(null));
                    UnitRef ref = record(ocid, listed);
                    OffsetDateTime stored = units.storedDate(run.sourceId, ref.key(), ocid);
                    if (listed == null || stored == null || listed.isAfter(stored)) {
                        service.unit(run, ref);
                    }
                }
            }
        });
    }

    public YearMonth currentMonthInEcuador() {
        return YearMonth.from(clock.now().atZone(ECUADOR));
    }

    UnitRef month(YearMonth month) {
        String url = String.format("%sdownload?type=json&year=%d&month=%02d&method=all", base(), month.getYear(),
                month.getMonthValue());
        return new UnitRef(UnitRef.Kind.BULK_MONTH, "bulk/" + month, url, "sercop-" + month + ".zip", null);
    }

    UnitRef page(int year, int page) {
        return new UnitRef(UnitRef.Kind.API_PAGE, "api/" + year + "/page/" + page,
                base() + "api/search_ocds?year=" + year + "&page=" + page, "search_ocds-" + year + "-" + page + ".json",
                null);
    }

    UnitRef record(String ocid, OffsetDateTime listed) {
        return new UnitRef(UnitRef.Kind.API_RECORD, "api/record/" + ocid,
                base() + "api/record?ocid=" + URLEncoder.encode(ocid, StandardCharsets.UTF_8), "record " + ocid + ".json",
                listed);
    }

    private String base() {
        String base = config.sercop().baseUrl();
        return base.endsWith("/") ? base : base + "/";
    }

    private Fetcher fetcher(Optional<String> proxy, long maxRequests) {
        return new Fetcher(config, clock, config.sercop().requestsPerMinute(), proxy.or(config::proxy), maxRequests);
    }
}
