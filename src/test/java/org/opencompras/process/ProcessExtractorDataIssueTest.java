package org.opencompras.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Constructed releases with the oddities real data has, and the issues each must produce. */
class ProcessExtractorDataIssueTest {

    private static final String OCID = "ocds-test-1";

    private static ProcessRows extract(String json) {
        return new ProcessExtractor().extract(OCID, SercopFixture.parse(json));
    }

    @Test
    void shouldParseAnAmountGivenAsANumericString() {
        ProcessRows rows = extract("""
                {"ocid": "ocds-test-1", "awards": [{"id": "A1", "value": {"amount": "1234.50", "currency": "USD"}}]}""");
        assertThat(rows.awards().get(0).value()).isEqualTo(new Money(new BigDecimal("1234.50"), "USD"));
        assertThat(rows.issues()).containsExactly(new DataIssue("awards[0].value.amount", "amount_as_string", "1234.50"));
    }

    @Test
    void shouldDropANonNumericAmountAndKeepTheRestOfTheProcess() {
        ProcessRows rows = extract("""
                {"awards": [{"id": "A1", "status": "active", "value": {"amount": "N/A", "currency": "USD"}},
                            {"id": "A2", "value": {"amount": 10.5, "currency": "USD"}}]}""");
        assertThat(rows.awards()).extracting(AwardRow::awardId, AwardRow::status).containsExactly(
                tuple("A1", "active"), tuple("A2", null));
        assertThat(rows.awards().get(0).value()).isEqualTo(new Money(null, "USD"));
        assertThat(rows.awards().get(1).value().amount()).isEqualByComparingTo("10.5");
        assertThat(rows.issues()).containsExactly(new DataIssue("awards[0].value.amount", "invalid_amount", "\"N/A\""));
    }

    @Test
    void shouldRejectANumericStringBeyondAnyDatabaseColumn() {
        ProcessRows rows = extract("""
                {"awards": [{"id": "A1", "value": {"amount": "1e200000", "currency": "USD"}},
                            {"id": "A2", "value": {"amount": "1e-20000", "currency": "USD"}}]}""");
        assertThat(rows.awards()).extracting(award -> award.value().amount()).containsExactly(null, null);
        assertThat(rows.issues()).extracting(DataIssue::code).containsExactly("invalid_amount", "invalid_amount");
    }

    @Test
    void shouldDropNulCharactersFromText() {
        ProcessRows rows = extract("""
                {"tender": {"title": "Mascarillas\\u0000 KN95"}}""");
        assertThat(rows.process().title()).isEqualTo("Mascarillas KN95");
    }

    @Test
    void shouldKeepAmountsExactToTheLastDigit() {
        ProcessRows rows = extract("""
                {"tender": {"value": {"amount": 12345678901234567.891, "currency": "USD"},
                            "items": [{"id": "1", "quantity": 2.123456789012345678}]}}""");
        assertThat(rows.process().tenderValue().amount()).isEqualTo(new BigDecimal("12345678901234567.891"));
        assertThat(rows.items().get(0).quantity()).isEqualTo(new BigDecimal("2.123456789012345678"));
    }

    @Test
    void shouldNeverGuessAnInvalidCurrency() {
        ProcessRows rows = extract("""
                {"tender": {"value": {"amount": 100, "currency": "usd"},
                            "lots": [{"id": "L1", "value": {"amount": 5, "currency": "US$"}},
                                     {"id": "L2", "value": {"amount": 6, "currency": "EUR"}}]}}""");
        assertThat(rows.process().tenderValue()).isEqualTo(new Money(new BigDecimal("100"), null));
        assertThat(rows.lots()).extracting(l -> l.value().currency()).containsExactly(null, "EUR");
        assertThat(rows.issues()).containsExactlyInAnyOrder(
                new DataIssue("tender.value.currency", "invalid_currency", "usd"),
                new DataIssue("tender.lots[0].value.currency", "invalid_currency", "US$"));
    }

    @Test
    void shouldReportAMissingCurrencyOnlyWhenThereIsAnAmount() {
        ProcessRows rows = extract("""
                {"contracts": [{"id": "C1", "value": {"amount": 7}},
                               {"id": "C2", "value": {"amount": 8, "currency": ""}},
                               {"id": "C3", "value": {"currency": "XXQ"}}]}""");
        assertThat(rows.contracts()).extracting(ContractRow::value).containsExactly(
                new Money(new BigDecimal("7"), null), new Money(new BigDecimal("8"), null), Money.NONE);
        assertThat(rows.issues()).extracting(DataIssue::path, DataIssue::code).containsExactly(
                tuple("contracts[0].value.currency", "missing_currency"),
                tuple("contracts[1].value.currency", "missing_currency"));
    }

    @Test
    void shouldKeepASupplierWhoseReferenceMatchesNoParty() {
        ProcessRows rows = extract("""
                {"parties": [{"id": "EC-RUC-0993049522001-858346", "name": "FRANORIA S.A.", "roles": ["tenderer"]}],
                 "awards": [{"id": "A1", "suppliers": [{"id": "EC-RUC-0993038210001-900030", "name": "MAXINSUMO S.A."}]}]}""");
        assertThat(rows.awardSuppliers()).extracting(AwardSupplierRow::organizationKey, AwardSupplierRow::name)
                .containsExactly(tuple("EC-RUC-0993038210001", "MAXINSUMO S.A."));
        assertThat(rows.parties()).extracting(PartyRow::key, PartyRow::roles).containsExactly(
                tuple("EC-RUC-0993049522001", Set.of("tenderer")),
                tuple("EC-RUC-0993038210001", Set.of("supplier")));
        assertThat(rows.issues()).extracting(DataIssue::path, DataIssue::code)
                .containsExactly(tuple("awards[0].suppliers[0]", "unmatched_party_reference"));
        assertThat(rows.issues().get(0).detail()).contains("EC-RUC-0993038210001-900030");
    }

    @Test
    void shouldMergePartiesWithTheSameRucUnderDifferentIds() {
        ProcessRows rows = extract("""
                {"parties": [{"id": "EC-RUC-0993038210001-900030", "name": "MAXINSUMO S.A.", "roles": ["tenderer"]},
                             {"id": "EC-RUC-0993038210001-111", "name": "MAXINSUMO SA", "roles": ["supplier"]},
                             {"id": "ORG-7", "name": "Somebody", "roles": ["payee"]}],
                 "awards": [{"id": "A1", "suppliers": [{"id": "EC-RUC-0993038210001-111"}]}]}""");
        assertThat(rows.parties()).extracting(PartyRow::key, PartyRow::partyId, PartyRow::name, PartyRow::roles)
                .containsExactly(
                        tuple("EC-RUC-0993038210001", "EC-RUC-0993038210001-900030", "MAXINSUMO S.A.",
                                Set.of("tenderer", "supplier")),
                        tuple("party:ocds:ORG-7", "ORG-7", "Somebody", Set.of("payee")));
        assertThat(rows.parties().get(0).names()).containsExactly("MAXINSUMO S.A.", "MAXINSUMO SA");
        assertThat(rows.awardSuppliers()).extracting(AwardSupplierRow::partyId, AwardSupplierRow::name)
                .containsExactly(tuple("EC-RUC-0993038210001-111", "MAXINSUMO SA"));
        assertThat(rows.issues()).isEmpty();
    }

    @Test
    void shouldTakeTheBuyerFromThePartyRolesWhenThereIsNoBuyerReference() {
        ProcessRows rows = extract("""
                {"parties": [{"id": "EC-RUC-0993038210001-1", "name": "PROVIDER", "roles": ["supplier"]},
                             {"id": "EC-RUC-0760005140001-2", "name": "HOSPITAL", "roles": ["buyer"]}]}""");
        assertThat(rows.process().buyerKey()).isEqualTo("EC-RUC-0760005140001");
        assertThat(rows.process().buyerName()).isEqualTo("HOSPITAL");
    }

    @Test
    void shouldFallBackToTheProcuringEntityAsBuyer() {
        ProcessRows rows = extract("""
                {"parties": [{"id": "EC-RUC-0760005140001-2", "name": "HOSPITAL", "roles": ["procuringEntity"]}],
                 "tender": {"procuringEntity": {"id": "EC-RUC-0760005140001-2", "name": "HOSPITAL"}}}""");
        assertThat(rows.process().buyerKey()).isEqualTo("EC-RUC-0760005140001");
    }

    @Test
    void shouldKeepTheLastOfDuplicateIdsAndNameMissingOnesByPosition() {
        ProcessRows rows = extract("""
                {"awards": [{"id": "A1", "status": "pending", "suppliers": [{"id": "ORG-1"}]},
                            {"status": "active"},
                            {"id": "A1", "status": "active", "suppliers": [{"id": "ORG-2"}]}],
                 "tender": {"lots": [{"id": "L1"}, {"id": "L1", "title": "second"}]}}""");
        assertThat(rows.awards()).extracting(AwardRow::awardId, AwardRow::status)
                .containsExactly(tuple("#1", "active"), tuple("A1", "active"));
        assertThat(rows.awardSuppliers()).extracting(AwardSupplierRow::organizationKey).containsExactly("party:ocds:ORG-2");
        assertThat(rows.lots()).extracting(LotRow::lotId, LotRow::title).containsExactly(tuple("L1", "second"));
        assertThat(rows.issues()).extracting(DataIssue::path, DataIssue::code).contains(
                tuple("tender.lots[1]", "duplicate_id"),
                tuple("awards[1]", "missing_id"),
                tuple("awards[2]", "duplicate_id"));
    }

    @Test
    void shouldDropDatesWithoutZoneOrUnparseable() {
        ProcessRows rows = extract("""
                {"tender": {"tenderPeriod": {"startDate": "2025-02-18T18:00:00", "endDate": "2025-02-21T18:00:00Z"}},
                 "awards": [{"id": "A1", "date": "21/03/2025"}],
                 "contracts": [{"id": "C1", "dateSigned": "2025-04-01"}]}""");
        assertThat(rows.process().tenderPeriod().start()).isNull();
        assertThat(rows.process().tenderPeriod().end()).isNotNull();
        assertThat(rows.awards().get(0).date()).isNull();
        assertThat(rows.contracts().get(0).dateSigned()).isNull();
        assertThat(rows.issues()).containsExactly(
                new DataIssue("tender.tenderPeriod.startDate", "invalid_date", "2025-02-18T18:00:00"),
                new DataIssue("awards[0].date", "invalid_date", "21/03/2025"),
                new DataIssue("contracts[0].dateSigned", "invalid_date", "2025-04-01"));
    }

    @Test
    void shouldLeaveAMissingNumberOfTenderersNullRatherThanCountThem() {
        ProcessRows rows = extract("""
                {"tender": {"tenderers": [{"id": "ORG-1", "name": "One"}, {"id": "ORG-2", "name": "Two"}]}}""");
        assertThat(rows.process().numberOfTenderers()).isNull();
    }

    @Test
    void shouldReportAnInvalidRucOfAParty() {
        ProcessRows rows = extract("""
                {"parties": [{"id": "EC-RUC-0760005140001-1", "name": "GOOD", "roles": ["buyer"]},
                             {"id": "EC-RUC-9999999999999-1", "name": "BAD", "roles": ["tenderer"]}]}""");
        assertThat(rows.issues()).extracting(DataIssue::path, DataIssue::code)
                .containsExactly(tuple("parties[1]", "invalid_ruc"));
        assertThat(rows.issues().get(0).detail()).contains("9999999999999");
    }
}
