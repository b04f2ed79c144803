-- A fingerprint of the loaded data that does not depend on generated ids or load timing:
-- two loads of the same input must print the same line.
select md5(concat_ws('|',
  (select string_agg(ocid || release_id || content_hash, ',' order by ocid, release_id) from release),
  (select string_agg(ocid || compiled_hash || release_count, ',' order by ocid) from process),
  (select string_agg(a.ocid || a.award_id || coalesce(a.value_amount::text, '') || o.identity_key, ','
          order by a.ocid, a.award_id, o.identity_key)
     from award a join award_supplier s using (ocid, award_id) join organization o on o.id = s.organization_id),
  (select string_agg(ocid || contract_id || coalesce(value_amount::text, ''), ',' order by ocid, contract_id)
     from contract),
  (select count(*) from item),
  (select string_agg(o.identity_key || o.name, ',' order by o.identity_key) from organization o),
  (select string_agg(pp.ocid || o.identity_key || array_to_string(pp.roles, '+'), ','
          order by pp.ocid, o.identity_key)
     from process_party pp join organization o on o.id = pp.organization_id)
)) as digest,
(select count(*) from release) as releases,
(select count(*) from process) as processes;
