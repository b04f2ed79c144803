package org.opencompras.harvest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.opencompras.ingest.IngestReport;

/**
 * The lifecycle of harvest units, each step its own transaction so that a killed run leaves every unit as it last
 * stood: a unit caught {@code running} is simply fetched again by the next run.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class HarvestUnits {

    @Inject
    HarvestClock clock;

    /** What is known of a unit before it is fetched again, detached from any transaction. */
    record Known(String status, String etag, String lastModified, String loadedSha256, OffsetDateTime listedDate) {
    }

    public Optional<Known> known(int sourceId, String key) {
        return HarvestUnit.find(sourceId, key)
                .map(u -> new Known(u.status, u.etag, u.lastModified, u.loadedSha256, u.listedDate));
    }

    /** Whether the unit was loaded once, whatever its last attempt did. */
    public boolean everLoaded(int sourceId, String key) {
        return HarvestUnit.find(sourceId, key).map(u -> u.loadedSha256 != null).orElse(false);
    }

    public void started(int sourceId, UnitRef ref) {
        HarvestUnit unit = HarvestUnit.find(sourceId, ref.key()).orElseGet(() -> {
            HarvestUnit created = new HarvestUnit();
            created.sourceId = sourceId;
            created.key = ref.key();
            created.kind = ref.kind().label;
            created.createdAt = now();
            return created;
        });
        unit.url = ref.url();
        unit.status = "running";
        unit.lastAttemptAt = now();
        unit.persist();
    }

    /** The content is the one last loaded (same hash, or {@code 304}): nothing was ingested. */
    public void unchanged(int sourceId, String key, Download download) {
        HarvestUnit unit = require(sourceId, key);
        unit.status = "loaded";
        unit.httpStatus = download.httpStatus();
        unit.attempts = download.attempts();
        unit.lastError = null;
        unit.lastSuccessAt = now();
        if (!download.notModified()) {
            unit.contentSha256 = download.sha256();
            unit.bytes = download.bytes();
        }
    }

    /** The content was ingested to its end without a rejection. */
    public void loaded(int sourceId, String key, Download download, IngestReport report, OffsetDateTime listedDate) {
        HarvestUnit unit = describe(require(sourceId, key), download, report);
        unit.status = "loaded";
        unit.loadedSha256 = download.sha256();
        unit.etag = download.etag();
        unit.lastModified = download.lastModified();
        unit.listedDate = listedDate;
        unit.lastError = null;
        unit.loadedAt = now();
        unit.lastSuccessAt = unit.loadedAt;
    }

    /** The content was read, but some of it was refused: it is read again next time. */
    public void partlyLoaded(int sourceId, String key, Download download, IngestReport report, String reason) {
        HarvestUnit unit = describe(require(sourceId, key), download, report);
        unit.status = "failed";
        unit.lastError = reason;
    }

    /** A listing page, read for its rows: nothing of it is ingested. */
    public void listed(int sourceId, String key, Download download) {
        HarvestUnit unit = require(sourceId, key);
        unit.status = "loaded";
        unit.httpStatus = download.httpStatus();
        unit.attempts = download.attempts();
        unit.contentSha256 = download.sha256();
        unit.loadedSha256 = download.sha256();
        unit.bytes = download.bytes();
        unit.lastError = null;
        unit.lastSuccessAt = now();
        unit.loadedAt = unit.lastSuccessAt;
    }

    public void failed(int sourceId, String key, String reason, Integer httpStatus, int attempts) {
        HarvestUnit unit = require(sourceId, key);
        unit.status = "failed";
        unit.lastError = reason;
        unit.httpStatus = httpStatus;
        unit.attempts = attempts;
    }

    /** The run stopped before the unit was fetched (its request budget was spent): it stands as it was before. */
    public void abandoned(int sourceId, String key, Optional<Known> before) {
        HarvestUnit unit = require(sourceId, key);
        if (before.isEmpty()) {
            unit.delete();
        } else {
            unit.status = before.get().status();
        }
    }

    /**
     * How recent what is stored of a process is: the listing date it was last loaded at, or its newest release
     * date (it may have come in a bulk file), whichever is later; {@code null} when nothing is stored.
     */
    public OffsetDateTime storedDate(int sourceId, String key, String ocid) {
        OffsetDateTime listed = HarvestUnit.find(sourceId, key).map(u -> u.listedDate).orElse(null);
        Object newest = HarvestUnit.getEntityManager()
                .createNativeQuery("select max(release_date) from release where ocid = ?1", OffsetDateTime.class)
                .setParameter(1, ocid).getSingleResult();
        OffsetDateTime released = (OffsetDateTime) newest;
        if (listed == null || (released != null && released.isAfter(listed))) {
            return released;
        }
        return listed;
    }

    /** The newest ingest run of the source's harvests, for the event that refreshes the derived data. */
    public long lastIngestRun(int sourceId) {
        Object id = HarvestUnit.getEntityManager()
                .createNativeQuery("select coalesce(max(id), 0) from ingest_run where source_id = ?1 and channel = ?2")
                .setParameter(1, sourceId).setParameter(2, HarvestService.CHANNEL).getSingleResult();
        return ((Number) id).longValue();
    }

    private static HarvestUnit describe(HarvestUnit unit, Download download, IngestReport report) {
        unit.httpStatus = download.httpStatus();
        unit.attempts = download.attempts();
        unit.contentSha256 = download.sha256();
        unit.bytes = download.bytes();
        unit.releasesRead = report.releasesRead();
        unit.releasesNew = report.inserted();
        unit.releasesReplaced = report.replaced();
        return unit;
    }

    private static HarvestUnit require(int sourceId, String key) {
        return HarvestUnit.find(sourceId, key)
                .orElseThrow(() -> new IllegalStateException("harvest unit " + key + " was not started"));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.now(), ZoneOffset.UTC);
    }
}
