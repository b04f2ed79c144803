package org.opencompras.record;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Reads what makes up an OCDS record: a process's releases, as stored, and its compiled release. */
@ApplicationScoped
public class RecordService {

    @Inject
    DataSource dataSource;

    /** The record of one process, or empty when no release of that ocid is stored. */
    public Optional<StoredRecord> find(String ocid) {
        String compiledSql = "select compiled::text, compiled_at from process where ocid = ?";
        String releasesSql = "select data::text from release where ocid = ? order by release_date, release_id";
        try (Connection c = dataSource.getConnection();
             PreparedStatement compiled = c.prepareStatement(compiledSql);
             PreparedStatement releases = c.prepareStatement(releasesSql)) {
            compiled.setString(1, ocid);
            String compiledJson;
            OffsetDateTime compiledAt;
            try (ResultSet rs = compiled.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                compiledJson = rs.getString(1);
                compiledAt = rs.getObject(2, OffsetDateTime.class);
            }
            releases.setString(1, ocid);
            List<String> releaseJson = new ArrayList<>();
            try (ResultSet rs = releases.executeQuery()) {
                while (rs.next()) {
                    releaseJson.add(rs.getString(1));
                }
            }
            return Optional.of(new StoredRecord(ocid, releaseJson, compiledJson, compiledAt));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the record of " + ocid, e);
        }
    }

    /** A record's parts as JSON text, exactly as stored. */
    public record StoredRecord(String ocid, List<String> releases, String compiledRelease,
                               OffsetDateTime compiledAt) {
    }
}
