package org.opencompras.ingest;

import org.opencompras.TestDatabase;

/** A fingerprint of everything one source put in the database, to compare two loads of the same data. */
final class StateDigest {

    static final String SQL = """
            with ocids as (
              select p.ocid from process p join source s on s.id = p.source_id where s.name = 'crash-test')
            select md5(concat_ws('|',
              (select string_agg(ocid || release_id || content_hash, ',' order by ocid, release_id)
                 from release where ocid in (select ocid from ocids)),
              (select string_agg(ocid || compiled_hash || release_count, ',' order by ocid)
                 from process where ocid in (select ocid from ocids)),
              (select string_agg(a.ocid || a.award_id || coalesce(a.value_amount::text, '') || o.identity_key, ','
                      order by a.ocid, a.award_id, o.identity_key)
                 from award a join award_supplier s on s.ocid = a.ocid and s.award_id = a.award_id
                 join organization o on o.id = s.organization_id where a.ocid in (select ocid from ocids)),
              (select string_agg(ocid || contract_id || coalesce(value_amount::text, ''), ',' order by ocid, contract_id)
                 from contract where ocid in (select ocid from ocids)),
              (select count(*) from item where ocid in (select ocid from ocids)),
              (select string_agg(pp.ocid || o.identity_key || array_to_string(pp.roles, '+'), ','
                      order by pp.ocid, o.identity_key)
                 from process_party pp join organization o on o.id = pp.organization_id
                 where pp.ocid in (select ocid from ocids))))""";

    private StateDigest() {
    }

    /** Removes the source's processes and releases (organizations stay: they are shared). */
    static void deleteSource(String source) {
        String ocids = "(select p.ocid from process p join source s on s.id = p.source_id where s.name = '"
                + source + "')";
        for (String table : new String[] {"data_issue", "process_party", "item", "contract", "award_supplier",
                "award", "lot", "release_replacement", "change_event", "release"}) {
            TestDatabase.execute("delete from " + table + " where ocid in " + ocids);
        }
        TestDatabase.execute("delete from process where source_id = (select id from source where name = '"
                + source + "')");
    }
}
