package org.opencompras.harvest;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * One unit of a harvest, as last fetched: a month's bulk file, a page of an API listing, an API record, or a file
 * URL. Its lifecycle is {@code running} while fetched and ingested, then {@code loaded} or {@code failed}.
 */
@Entity
@Table(name = "harvest_unit")
public class HarvestUnit extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "source_id")
    public int sourceId;

    @Column(name = "unit_key")
    public String key;

    public String kind;
    public String url;
    public String status;

    @Column(name = "http_status")
    public Integer httpStatus;

    public String etag;

    @Column(name = "last_modified")
    public String lastModified;

    @Column(name = "content_sha256")
    public String contentSha256;

    @Column(name = "loaded_sha256")
    public String loadedSha256;

    public Long bytes;

    @Column(name = "releases_read")
    public long releasesRead;

    @Column(name = "releases_new")
    public long releasesNew;

    @Column(name = "releases_replaced")
    public long releasesReplaced;

    @Column(name = "listed_date")
    public OffsetDateTime listedDate;

    public int attempts;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "last_attempt_at")
    public OffsetDateTime lastAttemptAt;

    @Column(name = "last_success_at")
    public OffsetDateTime lastSuccessAt;

    @Column(name = "loaded_at")
    public OffsetDateTime loadedAt;

    static Optional<HarvestUnit> find(int sourceId, String key) {
        return find("sourceId = ?1 and key = ?2", sourceId, key).firstResultOptional();
    }
}
