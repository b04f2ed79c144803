package org.opencompras.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencompras.organization.NameNormalizer;

/** Writes processes to a throw-away schema of the local PostgreSQL and reads them back with SQL. */
class ProcessWriterTest {

    private static final List<String> TABLES = List.of("organization", "organization_name", "process", "lot", "award",
            "award_supplier", "contract", "item", "process_party", "data_issue");

    private final ProcessExtractor extractor = new ProcessExtractor();
    private final ProcessWriter writer = new ProcessWriter();
    private ScratchSchema db;
    private int sourceId;

    @BeforeEach
    void createSchema() throws SQLException {
        db = new ScratchSchema();
        sourceId = db.insertSource("ecuador_sercop");
    }

    @AfterEach
    void dropSchema() throws SQLException {
        db.close();
    }

    private ProcessToWrite toWrite(String ocid, JsonNode release) {
        OffsetDateTime date = OffsetDateTime.parse(release.get("date").asText());
        ProcessMeta meta = new ProcessMeta(1, date, date, release.toString(), "sha256:test");
        return new ProcessToWrite(ocid, extractor.extract(ocid, release), meta);
    }

    /** Writes the processes in one call and commits. */
    private void write(ProcessToWrite... processes) throws SQLException {
        writer.writeAll(db.connection, sourceId, List.of(processes));
        db.connection.commit();
    }

    private void write(String ocid, JsonNode release) throws SQLException {
        write(toWrite(ocid, release));
    }

    private static JsonNode secondProcess() {
        return SercopFixture.parse("""
                {"ocid": "ocds-test-2", "date": "2025-05-01T10:00:00-05:00",
                 "parties": [{"id": "EC-RUC-0993038210001-5", "name": "MAXINSUMO SOCIEDAD ANONIMA", "roles": ["supplier"]}],
                 "awards": [{"id": "A1", "value": {"amount": "99.90", "currency": "usd"},
                             "suppliers": [{"id": "EC-RUC-0993038210001-5"}, {"id": "EC-RUC-0992222222001-1"}]}]}""");
    }

    private Map<String, Long> rowCounts() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, db.count(table));
        }
        return counts;
    }

    private List<List<Object>> query(String sql) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (PreparedStatement statement = db.connection.prepareStatement(sql); ResultSet rs = statement.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(rs.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    @Test
    void shouldLeaveTheSameRowsWhenTheProcessIsWrittenTwice() throws SQLException {
        write(SercopFixture.OCID, SercopFixture.compiledRelease());
        Map<String, Long> first = rowCounts();
        write(SercopFixture.OCID, SercopFixture.compiledRelease());

        assertThat(rowCounts()).isEqualTo(first);
        assertThat(first).containsEntry("organization", 3L).containsEntry("organization_name", 3L)
                .containsEntry("process", 1L).containsEntry("lot", 1L).containsEntry("award", 1L)
                .containsEntry("award_supplier", 1L).containsEntry("contract", 1L).containsEntry("item", 2L)
                .containsEntry("process_party", 3L).containsEntry("data_issue", 0L);
    }

    @Test
    void shouldStoreTheTenderAndItsBuyer() throws SQLException {
        write(SercopFixture.OCID, SercopFixture.compiledRelease());

        assertThat(query("""
                select o.identity_key, o.ruc_valid, o.ruc_type, p.buyer_name, p.procurement_method,
                       p.procurement_method_details, p.number_of_tenderers, p.release_count, p.compiled_hash,
                       p.tender_period_start = timestamptz '2025-02-18T18:00:00-05:00', p.tender_period_end,
                       p.compiled::jsonb -> 'tender' ->> 'id'
                from process p join organization o on o.id = p.buyer_id""")).containsExactly(Arrays.asList(
                "EC-RUC-0760005140001", true, "public", "HOSPITAL OBSTETRICO \"ANGELA LOAYZA DE OLLAGUE\"", "open",
                "Subasta Inversa Electrónica", 2, 1, "sha256:test", true, null, "SIE-HOALO-2025-003-141697"));
    }

    @Test
    void shouldStoreAmountsExactlyWithTheirCurrency() throws SQLException {
        write(SercopFixture.OCID, SercopFixture.compiledRelease());

        assertThat(query("select lot_id, value_amount, value_currency from lot"))
                .containsExactly(List.of("434107", new BigDecimal("132540.65"), "USD"));
        assertThat(query("""
                select a.award_id, a.value_amount, a.value_currency, o.identity_key, s.party_id, s.name
                from award a join award_supplier s using (ocid, award_id) join organization o on o.id = s.organization_id"""))
                .containsExactly(List.of("2432755-SIE-HOALO-2025-003", new BigDecimal("125900"), "USD",
                        "EC-RUC-0993038210001", "EC-RUC-0993038210001-900030", "MAXINSUMO S.A."));
        assertThat(query("select scope, parent_id, classification_id, quantity, unit_value_amount from item order by scope desc"))
                .containsExactly(
                        Arrays.asList("tender", null, "352901091", new BigDecimal("1"), new BigDecimal("132540.65")),
                        Arrays.asList("award", "2432755-SIE-HOALO-2025-003", "352901091", new BigDecimal("1"), null));
    }

    @Test
    void shouldStoreEachPartyOnceWithItsRoles() throws SQLException {
        write(SercopFixture.OCID, SercopFixture.compiledRelease());

        assertThat(query("""
                select o.identity_key, o.name, o.normalized_name, pp.party_id, array_to_string(pp.roles, ',')
                from process_party pp join organization o on o.id = pp.organization_id order by o.identity_key"""))
                .containsExactly(
                        List.of("EC-RUC-0760005140001", "HOSPITAL OBSTETRICO \"ANGELA LOAYZA DE OLLAGUE\"",
                                NameNormalizer.normalize("HOSPITAL OBSTETRICO \"ANGELA LOAYZA DE OLLAGUE\""),
                                "EC-RUC-0760005140001-141697", "buyer,procuringEntity"),
                        List.of("EC-RUC-0993038210001", "MAXINSUMO S.A.", NameNormalizer.normalize("MAXINSUMO S.A."),
                                "EC-RUC-0993038210001-900030", "supplier,tenderer"),
                        List.of("EC-RUC-0993049522001", "FRANORIA S.A.", NameNormalizer.normalize("FRANORIA S.A."),
                                "EC-RUC-0993049522001-858346", "tenderer"));
    }

    @Test
    void shouldShareAnOrganizationBetweenProcessesKeepingItsFirstNameAndEveryVariant() throws SQLException {
        write(SercopFixture.OCID, SercopFixture.compiledRelease());
        write("ocds-test-2", secondProcess());

        assertSharedOrganization();
    }

    @Test
    void shouldShareAnOrganizationBetweenProcessesWrittenInOneCall() throws SQLException {
        write(toWrite(SercopFixture.OCID, SercopFixture.compiledRelease()), toWrite("ocds-test-2", secondProcess()));

        assertSharedOrganization();
        assertThat(db.count("process")).isEqualTo(2);
        assertThat(db.count("process_party")).isEqualTo(5);
    }

    @Test
    void shouldLeaveTheSameRowsWhetherProcessesAreWrittenTogetherOrInTurn() throws SQLException {
        write(SercopFixture.OCID, SercopFixture.compiledRelease());
        write("ocds-test-2", secondProcess());
        Map<String, Long> inTurn = rowCounts();
        write(toWrite(SercopFixture.OCID, SercopFixture.compiledRelease()), toWrite("ocds-test-2", secondProcess()));

        assertThat(rowCounts()).isEqualTo(inTurn);
    }

    @Test
    void shouldReplaceTheChildRowsOfEveryProcessWrittenTogether() throws SQLException {
        write(toWrite(SercopFixture.OCID, SercopFixture.compiledRelease()), toWrite("ocds-test-2", secondProcess()));
        JsonNode withoutAwards = SercopFixture.parse("""
                {"ocid": "ocds-test-2", "date": "2025-05-02T10:00:00-05:00",
                 "tender": {"id": "T2", "items": [{"id": "1", "description": "guantes"}]}}""");
        write(toWrite(SercopFixture.OCID, SercopFixture.compiledRelease()), toWrite("ocds-test-2", withoutAwards));

        assertThat(query("select ocid, count(*) from award group by ocid"))
                .containsExactly(List.of(SercopFixture.OCID, 1L));
        assertThat(query("select ocid, count(*) from award_supplier group by ocid"))
                .containsExactly(List.of(SercopFixture.OCID, 1L));
        assertThat(query("select ocid, count(*) from process_party group by ocid"))
                .containsExactly(List.of(SercopFixture.OCID, 3L));
        assertThat(query("select ocid, scope, description from item where ocid = 'ocds-test-2'"))
                .containsExactly(List.of("ocds-test-2", "tender", "guantes"));
        assertThat(query("select tender_id from process where ocid = 'ocds-test-2'")).containsExactly(List.of("T2"));
    }

    @Test
    void shouldWriteNothingForAnEmptyBatch() throws SQLException {
        write();

        assertThat(rowCounts().values()).containsOnly(0L);
    }

    private void assertSharedOrganization() throws SQLException {
        assertThat(db.count("organization")).isEqualTo(4);
        assertThat(query("select o.name from organization o where identity_key = 'EC-RUC-0993038210001'"))
                .containsExactly(List.of("MAXINSUMO S.A."));
        assertThat(query("""
                select n.name from organization_name n join organization o on o.id = n.organization_id
                where o.identity_key = 'EC-RUC-0993038210001' order by n.name"""))
                .containsExactly(List.of("MAXINSUMO S.A."), List.of("MAXINSUMO SOCIEDAD ANONIMA"));
        // MAXINSUMO supplies in both processes under one organization row
        assertThat(query("select count(*), count(distinct organization_id) from award_supplier"))
                .containsExactly(List.of(3L, 2L));
        assertThat(query("select value_amount, value_currency from award where ocid = 'ocds-test-2'"))
                .containsExactly(Arrays.asList(new BigDecimal("99.90"), null));
    }

    @Test
    void shouldStoreAProcessWhoseCompiledReleaseCouldNotBeRead() throws SQLException {
        OffsetDateTime date = OffsetDateTime.parse("2025-01-01T00:00:00Z");
        ProcessMeta meta = new ProcessMeta(2, date, date, "{\"ocid\": \"ocds-test-9\"}", "sha256:test");
        write(new ProcessToWrite("ocds-test-9",
                ProcessRows.unreadable(new DataIssue("", "extraction_failed", "unexpected shape")), meta));

        assertThat(query("select release_count, title, buyer_id from process where ocid = 'ocds-test-9'"))
                .containsExactly(Arrays.asList(2, null, null));
        assertThat(query("select code, detail from data_issue where ocid = 'ocds-test-9'"))
                .containsExactly(List.of("extraction_failed", "unexpected shape"));
    }

    @Test
    void shouldStoreTheDataIssuesOfTheProcess() throws SQLException {
        JsonNode release = SercopFixture.parse("""
                {"ocid": "ocds-test-3", "date": "2025-05-01T10:00:00-05:00",
                 "awards": [{"id": "A1", "date": "2025-05-01", "value": {"amount": "12.5", "currency": "USD"}}]}""");
        write("ocds-test-3", release);
        write("ocds-test-3", release);

        assertThat(query("select path, code, detail from data_issue where ocid = 'ocds-test-3' order by path"))
                .containsExactly(
                        List.of("awards[0].date", "invalid_date", "2025-05-01"),
                        List.of("awards[0].value.amount", "amount_as_string", "12.5"));
    }

    @Test
    void shouldLetTwoTransactionsUpsertTheSameOrganizations() throws Exception {
        JsonNode release = SercopFixture.compiledRelease();
        OffsetDateTime date = OffsetDateTime.parse(release.get("date").asText());
        ProcessMeta meta = new ProcessMeta(1, date, date, release.toString(), "sha256:test");
        ExecutorService other = Executors.newSingleThreadExecutor();
        try (Connection second = db.openConnection()) {
            writer.writeAll(db.connection, sourceId,
                    List.of(new ProcessToWrite("ocds-a", extractor.extract("ocds-a", release), meta)));
            // The second transaction waits on the first one's uncommitted organizations, then updates them.
            Future<?> concurrent = other.submit(() -> {
                writer.writeAll(second, sourceId,
                        List.of(new ProcessToWrite("ocds-b", extractor.extract("ocds-b", release), meta)));
                second.commit();
                return null;
            });
            Thread.sleep(300);
            db.connection.commit();
            concurrent.get(10, TimeUnit.SECONDS);
        } finally {
            other.shutdownNow();
        }

        assertThat(db.count("process")).isEqualTo(2);
        assertThat(db.count("organization")).isEqualTo(3);
        assertThat(query("select count(distinct organization_id) from process_party")).containsExactly(List.of(3L));
    }
}
