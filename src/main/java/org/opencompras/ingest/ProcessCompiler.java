package org.opencompras.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import org.jboss.logging.Logger;
import org.opencompras.common.hash.Sha256;
import org.opencompras.common.jdbc.Jdbc;
import org.opencompras.common.json.Json;
import org.opencompras.ocds.merge.MergeRules;
import org.opencompras.ocds.merge.ReleaseMerger;
import org.opencompras.process.DataIssue;
import org.opencompras.process.ProcessExtractor;
import org.opencompras.process.ProcessMeta;
import org.opencompras.process.ProcessRows;
import org.opencompras.process.ProcessToWrite;
import org.opencompras.process.ProcessWriter;

/**
 * Rebuilds processes from their stored releases: merges them into the compiled release, then rewrites the
 * relational rows derived from it. Runs inside the caller's transaction.
 */
@ApplicationScoped
public class ProcessCompiler {

    private static final Logger LOG = Logger.getLogger(ProcessCompiler.class);

    private final ReleaseMerger merger = new ReleaseMerger(MergeRules.ocds11());

    @Inject
    ProcessExtractor extractor;

    @Inject
    ProcessWriter writer;

    /**
     * Recompiles the given processes, writing them all at once; sorted input keeps the work in a stable order.
     * The caller holds the processes' locks (see {@link ReleaseBatchLoader}).
     *
     * @return the change events of the processes whose compiled release changed (new ones included)
     */
    List<ChangeLog.Event> compile(Connection c, int sourceId, SortedSet<String> ocids) throws SQLException {
        if (ocids.isEmpty()) {
            return List.of();
        }
        List<ProcessToWrite> processes = new ArrayList<>();
        releases(c, ocids).forEach((ocid, rows) -> processes.add(compileOne(ocid, rows)));
        Map<String, String> before = compiledHashes(c, ocids);
        writer.writeAll(c, sourceId, processes);
        return processes.stream()
                .filter(p -> !p.meta().compiledHash().equals(before.get(p.ocid())))
                .map(p -> ChangeLog.Event.compiled(p.ocid(), p.meta().compiledHash()))
                .toList();
    }

    private ProcessToWrite compileOne(String ocid, List<StoredRow> rows) {
        List<ObjectNode> releases = rows.stream().map(StoredRow::release).toList();
        DataIssue conflict = null;
        ObjectNode compiled;
        try {
            compiled = merger.compile(releases);
        } catch (IllegalArgumentException e) {
            // Releases that disagree on a field's shape cannot be merged; the newest one still describes
            // the process best, and the conflict is reported rather than losing the process.
            compiled = merger.compile(releases.subList(releases.size() - 1, releases.size()));
            conflict = new DataIssue("", "merge_conflict", e.getMessage());
        }
        String compiledJson = write(compiled);
        ProcessMeta meta = new ProcessMeta(rows.size(), rows.get(0).date(), rows.get(rows.size() - 1).date(),
                compiledJson, Sha256.hex(compiledJson));
        ProcessRows extracted;
        try {
            extracted = extractor.extract(ocid, compiled);
        } catch (RuntimeException e) {
            // A shape of data nobody foresaw must not stop the file: the releases and the compiled release
            // are kept, the process is flagged, and the rest of the batch loads.
            LOG.warnf(e, "Could not read the compiled release of %s", ocid);
            extracted = ProcessRows.unreadable(new DataIssue("", "extraction_failed", String.valueOf(e.getMessage())));
        }
        return new ProcessToWrite(ocid, conflict == null ? extracted : extracted.withIssue(conflict), meta);
    }

    private static Map<String, List<StoredRow>> releases(Connection c, SortedSet<String> ocids) throws SQLException {
        String sql = """
                select ocid, release_date, data::text from release where ocid = any(?)
                order by ocid, release_date, release_id""";
        Map<String, List<StoredRow>> byOcid = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Jdbc.planEachTime(ps);
            ps.setArray(1, Jdbc.textArray(c, new ArrayList<>(ocids)));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ObjectNode release = (ObjectNode) read(rs.getString(3));
                    byOcid.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new StoredRow(rs.getObject(2, OffsetDateTime.class), release));
                }
            }
        }
        return byOcid;
    }

    private static Map<String, String> compiledHashes(Connection c, SortedSet<String> ocids) throws SQLException {
        Map<String, String> hashes = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select ocid, compiled_hash from process where ocid = any(?)")) {
            Jdbc.planEachTime(ps);
            ps.setArray(1, Jdbc.textArray(c, new ArrayList<>(ocids)));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    hashes.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return hashes;
    }

    private static JsonNode read(String json) {
        try {
            return Json.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored release is not valid JSON", e);
        }
    }

    private static String write(JsonNode node) {
        try {
            return Json.mapper().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A compiled release could not be written", e);
        }
    }

    private record StoredRow(OffsetDateTime date, ObjectNode release) {
    }
}
