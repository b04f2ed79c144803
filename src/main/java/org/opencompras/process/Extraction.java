package org.opencompras.process;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.opencompras.organization.OcidPrefix;
import java.util.Map;

/** The state of one {@link ProcessExtractor#extract} call: the rows found so far and the issues met. */
final class Extraction {

    private final JsonNode release;
    private final JsonNode tender;
    private final ValueReader reader = new ValueReader();
    private final PartyRegistry parties;
    private final List<LotRow> lots = new ArrayList<>();
    private final List<AwardRow> awards = new ArrayList<>();
    private final List<AwardSupplierRow> suppliers = new ArrayList<>();
    private final List<ContractRow> contracts = new ArrayList<>();
    private final List<ItemRow> items = new ArrayList<>();

    Extraction(String ocid, JsonNode release) {
        this.release = release;
        this.tender = release.path("tender");
        this.parties = new PartyRegistry(ValueReader.array(release.get("parties")), reader, OcidPrefix.of(ocid));
        String releaseOcid = ValueReader.text(release.get("ocid"));
        if (releaseOcid != null && !releaseOcid.equals(ocid)) {
            reader.issue("ocid", "ocid_mismatch", releaseOcid + " in a release stored as " + ocid);
        }
    }

    ProcessRows run() {
        PartyRegistry.Resolved buyer = buyer();
        JsonNode tenderers = ValueReader.array(tender.get("tenderers"));
        for (int i = 0; i < tenderers.size(); i++) {
            parties.resolve(tenderers.get(i), "tender.tenderers[" + i + "]", "tenderer");
        }
        ProcessRow process = new ProcessRow(
                ValueReader.text(tender.get("id")),
                ValueReader.text(tender.get("title")),
                ValueReader.text(tender.get("description")),
                ValueReader.text(tender.get("status")),
                ValueReader.text(tender.get("procurementMethod")),
                ValueReader.text(tender.get("procurementMethodDetails")),
                ValueReader.text(tender.get("mainProcurementCategory")),
                reader.money(tender.get("value"), "tender.value"),
                reader.period(tender.get("tenderPeriod"), "tender.tenderPeriod"),
                reader.period(tender.get("enquiryPeriod"), "tender.enquiryPeriod"),
                reader.period(tender.get("awardPeriod"), "tender.awardPeriod"),
                reader.integer(tender.get("numberOfTenderers"), "tender.numberOfTenderers"),
                buyer == null ? null : buyer.key(),
                buyer == null ? null : buyer.name());
        lots();
        items.addAll(ItemReader.read(ValueReader.array(tender.get("items")), "tender.items", ItemRow.TENDER, null, reader));
        awards();
        contracts();
        return new ProcessRows(process, lots, awards, suppliers, contracts, items, parties.rows(), reader.issues());
    }

    /** {@code buyer}, else the party with role {@code buyer}, else {@code tender.procuringEntity}. */
    private PartyRegistry.Resolved buyer() {
        PartyRegistry.Resolved buyer = parties.resolve(release.get("buyer"), "buyer", "buyer");
        PartyRegistry.Resolved procuringEntity =
                parties.resolve(tender.get("procuringEntity"), "tender.procuringEntity", "procuringEntity");
        if (buyer == null) {
            buyer = parties.firstWithRole("buyer");
        }
        return buyer != null ? buyer : procuringEntity;
    }

    private void lots() {
        JsonNode array = ValueReader.array(tender.get("lots"));
        for (Map.Entry<String, Integer> kept : ElementIds.lastById(array, "tender.lots", reader).entrySet()) {
            JsonNode lot = array.get(kept.getValue());
            String path = "tender.lots[" + kept.getValue() + "]";
            lots.add(new LotRow(kept.getKey(), ValueReader.text(lot.get("title")), ValueReader.text(lot.get("description")),
                    ValueReader.text(lot.get("status")), reader.money(lot.get("value"), path + ".value")));
        }
    }

    private void awards() {
        JsonNode array = ValueReader.array(release.get("awards"));
        for (Map.Entry<String, Integer> kept : ElementIds.lastById(array, "awards", reader).entrySet()) {
            String id = kept.getKey();
            JsonNode award = array.get(kept.getValue());
            String path = "awards[" + kept.getValue() + "]";
            awards.add(new AwardRow(id, ValueReader.text(award.get("title")), ValueReader.text(award.get("description")),
                    ValueReader.text(award.get("status")), reader.date(award.get("date"), path + ".date"),
                    reader.money(award.get("value"), path + ".value")));
            awardSuppliers(id, ValueReader.array(award.get("suppliers")), path + ".suppliers");
            items.addAll(ItemReader.read(ValueReader.array(award.get("items")), path + ".items", ItemRow.AWARD, id, reader));
        }
    }

    /** The suppliers of one award, one row per organization (the table's key) even if it is listed twice. */
    private void awardSuppliers(String awardId, JsonNode array, String path) {
        Map<String, AwardSupplierRow> byKey = new LinkedHashMap<>();
        for (int i = 0; i < array.size(); i++) {
            PartyRegistry.Resolved supplier = parties.resolve(array.get(i), path + "[" + i + "]", "supplier");
            if (supplier != null) {
                byKey.putIfAbsent(supplier.key(), new AwardSupplierRow(awardId, supplier.key(), supplier.partyId(), supplier.name()));
            }
        }
        suppliers.addAll(byKey.values());
    }

    private void contracts() {
        JsonNode array = ValueReader.array(release.get("contracts"));
        for (Map.Entry<String, Integer> kept : ElementIds.lastById(array, "contracts", reader).entrySet()) {
            String id = kept.getKey();
            JsonNode contract = array.get(kept.getValue());
            String path = "contracts[" + kept.getValue() + "]";
            contracts.add(new ContractRow(id, ValueReader.text(contract.get("awardID")),
                    ValueReader.text(contract.get("title")), ValueReader.text(contract.get("description")),
                    ValueReader.text(contract.get("status")), reader.date(contract.get("dateSigned"), path + ".dateSigned"),
                    reader.period(contract.get("period"), path + ".period"),
                    reader.money(contract.get("value"), path + ".value")));
            items.addAll(ItemReader.read(ValueReader.array(contract.get("items")), path + ".items", ItemRow.CONTRACT, id, reader));
        }
    }
}
