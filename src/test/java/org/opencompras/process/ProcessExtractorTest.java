package org.opencompras.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProcessExtractorTest {

    private static final ZoneOffset ECUADOR = ZoneOffset.ofHours(-5);

    private final ProcessRows rows = new ProcessExtractor().extract(SercopFixture.OCID, SercopFixture.compiledRelease());

    @Test
    void shouldReadTheTenderOfTheSercopProcess() {
        ProcessRow process = rows.process();
        assertThat(process.tenderId()).isEqualTo("SIE-HOALO-2025-003-141697");
        assertThat(process.title()).isEqualTo("SIE-HOALO-2025-003-141697");
        assertThat(process.description()).startsWith("ADQUISICION DE DISPOSITIVOS MEDICOS PARA EL AREA");
        assertThat(process.tenderStatus()).isEqualTo("active");
        assertThat(process.procurementMethod()).isEqualTo("open");
        assertThat(process.procurementMethodDetails()).isEqualTo("Subasta Inversa Electrónica");
        assertThat(process.mainProcurementCategory()).isEqualTo("goods");
        assertThat(process.numberOfTenderers()).isEqualTo(2);
        assertThat(process.tenderValue()).isEqualTo(Money.NONE);
    }

    @Test
    void shouldKeepThePeriodsWithTheirEcuadorOffset() {
        ProcessRow process = rows.process();
        assertThat(process.tenderPeriod())
                .isEqualTo(new Period(OffsetDateTime.of(2025, 2, 18, 18, 0, 0, 0, ECUADOR), null));
        assertThat(process.enquiryPeriod().end()).isEqualTo(OffsetDateTime.of(2025, 2, 21, 18, 0, 0, 0, ECUADOR));
        assertThat(process.awardPeriod().start()).isEqualTo(OffsetDateTime.of(2025, 3, 13, 10, 0, 0, 0, ECUADOR));
        assertThat(process.awardPeriod().end().getOffset()).isEqualTo(ECUADOR);
    }

    @Test
    void shouldIdentifyTheBuyerByItsRuc() {
        assertThat(rows.process().buyerKey()).isEqualTo("EC-RUC-0760005140001");
        assertThat(rows.process().buyerName()).isEqualTo("HOSPITAL OBSTETRICO \"ANGELA LOAYZA DE OLLAGUE\"");
    }

    @Test
    void shouldReadTheLotWithItsExactValue() {
        assertThat(rows.lots()).hasSize(1);
        LotRow lot = rows.lots().get(0);
        assertThat(lot.lotId()).isEqualTo("434107");
        assertThat(lot.value().amount()).isEqualByComparingTo("132540.65");
        assertThat(lot.value().currency()).isEqualTo("USD");
    }

    @Test
    void shouldReadTheAwardAndItsSupplier() {
        assertThat(rows.awards()).hasSize(1);
        AwardRow award = rows.awards().get(0);
        assertThat(award.awardId()).isEqualTo("2432755-SIE-HOALO-2025-003");
        assertThat(award.value().amount()).isEqualByComparingTo("125900");
        assertThat(award.value().currency()).isEqualTo("USD");
        assertThat(award.date()).isEqualTo(OffsetDateTime.of(2025, 3, 21, 17, 14, 46, 0, ECUADOR));
        assertThat(rows.awardSuppliers()).containsExactly(new AwardSupplierRow(
                "2432755-SIE-HOALO-2025-003", "EC-RUC-0993038210001", "EC-RUC-0993038210001-900030", "MAXINSUMO S.A."));
    }

    @Test
    void shouldReadTheContractOfTheAward() {
        assertThat(rows.contracts()).hasSize(1);
        ContractRow contract = rows.contracts().get(0);
        assertThat(contract.contractId()).isEqualTo("2257952-SIE-HOALO-2025-003");
        assertThat(contract.awardId()).isEqualTo("2432755-SIE-HOALO-2025-003");
        assertThat(contract.status()).isEqualTo("terminated");
        assertThat(contract.dateSigned()).isEqualTo(OffsetDateTime.of(2025, 4, 1, 0, 0, 0, 0, ECUADOR));
        assertThat(contract.period().end()).isEqualTo(OffsetDateTime.of(2025, 4, 16, 0, 0, 0, 0, ECUADOR));
        assertThat(contract.value().amount()).isEqualByComparingTo("125900");
    }

    @Test
    void shouldReadTenderAndAwardItemsWithTheirCpcCode() {
        assertThat(rows.items())
                .extracting(ItemRow::scope, ItemRow::parentId, ItemRow::position, ItemRow::classificationScheme,
                        ItemRow::classificationId, ItemRow::unitName)
                .containsExactly(
                        tuple("tender", null, 0, "CPC", "352901091", "Unidad"),
                        tuple("award", "2432755-SIE-HOALO-2025-003", 0, "CPC", "352901091", "Unidad"));
        ItemRow tenderItem = rows.items().get(0);
        assertThat(tenderItem.quantity()).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(tenderItem.unitValue()).isEqualTo(new Money(new BigDecimal("132540.65"), "USD"));
        assertThat(tenderItem.relatedLot()).isEqualTo("434107");
        assertThat(tenderItem.classificationDescription()).isEqualTo("INSUMOS DE USO GENERAL");
    }

    @Test
    void shouldListEachOrganizationOnceWithAllItsRoles() {
        assertThat(rows.parties())
                .extracting(PartyRow::key, PartyRow::name, PartyRow::roles)
                .containsExactly(
                        tuple("EC-RUC-0760005140001", "HOSPITAL OBSTETRICO \"ANGELA LOAYZA DE OLLAGUE\"",
                                Set.of("buyer", "procuringEntity")),
                        tuple("EC-RUC-0993038210001", "MAXINSUMO S.A.", Set.of("tenderer", "supplier")),
                        tuple("EC-RUC-0993049522001", "FRANORIA S.A.", Set.of("tenderer")));
        assertThat(rows.parties().get(1).partyId()).isEqualTo("EC-RUC-0993038210001-900030");
    }

    @Test
    void shouldFindNothingOddInTheSercopProcess() {
        assertThat(rows.issues()).isEmpty();
    }
}
