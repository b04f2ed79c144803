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

    public int sourceId;

    @Column(name = "unit_key")
    public String key;
    public String kind;
    public String url;
    public String status;
    public Integer httpStatus;
    public String etag;
    public String lastModified;
    public String contentSha256;
    public String loadedSha256;
    public Long bytes;
    public long releasesRead;
    public long releasesNew;
    public long releasesReplaced;
    public OffsetDateTime listedDate;
    public int attempts;
    public String lastError;
    public OffsetDateTime createdAt;
    public OffsetDateTime lastAttemptAt;
    public OffsetDateTime lastSuccessAt;
    public OffsetDateTime loadedAt;

    static Optional<HarvestUnit> find(int sourceId, String key) {
        return find("sourceId = ?1 and key = ?2", sourceId, key).firstResultOptional();
    }
}
