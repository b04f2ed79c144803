-- The data-quality report: which processes of each source fail which check, and which organizations the data
-- names in several ways. Precomputed (a pass over every process per check) and refreshed, concurrently, when an
-- ingest finishes, so the report answers at once over millions of processes. The checks are described, code by
-- code, in org.opencompras.quality.QualityCheck.

-- The names each process gives to its suppliers and buyers, counted per source and over all sources (source_id
-- null), kept only for the organizations named in two or more ways there. A process names an organization once
-- (process_party), by the name of its entry in parties[] or, failing one, of the reference.
create materialized view organization_name_variant as
with uses as (
    select p.source_id, pp.organization_id, pp.name, count(*) as processes
    from process_party pp
    join process p on p.ocid = pp.ocid
    where pp.name is not null and pp.roles && '{supplier,buyer,procuringEntity}'::text[]
    group by grouping sets ((p.source_id, pp.organization_id, pp.name), (pp.organization_id, pp.name))),
counted as (
    select u.*, count(*) over (partition by u.source_id, u.organization_id) as variants
    from uses u)
select source_id, organization_id, name, processes
from counted
where variants > 1;
create unique index organization_name_variant_key_idx
    on organization_name_variant (source_id, organization_id, name) nulls not distinct;

-- One row per organization with name variants, per source and over all sources: the list's order.
create materialized view organization_name_variant_count as
select v.source_id, v.organization_id, o.identity_key, o.name, count(*) as variants, sum(v.processes)::bigint as processes
from organization_name_variant v
join organization o on o.id = v.organization_id
group by v.source_id, v.organization_id, o.identity_key, o.name;
create unique index organization_name_variant_count_key_idx
    on organization_name_variant_count (source_id, organization_id) nulls not distinct;
create index organization_name_variant_count_order_idx
    on organization_name_variant_count (source_id, variants, identity_key);

-- Every (check, process) that fails, with the process's source. "Awarded or contracted": an award whose status is
-- not pending, cancelled or unsuccessful, or any contract.
create materialized view quality_failure as
with awarded as (
    select p.ocid, p.source_id
    from process p
    where exists (select 1 from award a where a.ocid = p.ocid
                  and coalesce(a.status, '') not in ('pending', 'cancelled', 'unsuccessful'))
       or exists (select 1 from contract k where k.ocid = p.ocid)),
issues as (
    select distinct d.code, d.ocid
    from data_issue d
    where d.code in ('missing_currency', 'invalid_currency', 'amount_as_string', 'invalid_amount', 'invalid_date',
                     'unmatched_party_reference'))
select 'missing_buyer'::text as code, p.source_id, p.ocid
from process p
where p.buyer_id is null
union all
select 'missing_supplier', w.source_id, w.ocid
from awarded w
where not exists (select 1 from award_supplier s where s.ocid = w.ocid)
union all
select 'missing_amount', w.source_id, w.ocid
from awarded w
where not exists (select 1 from award a where a.ocid = w.ocid and a.value_amount is not null)
  and not exists (select 1 from contract k where k.ocid = w.ocid and k.value_amount is not null)
union all
select 'missing_dates', p.source_id, p.ocid
from process p
where exists (select 1 from award a where a.ocid = p.ocid and a.status = 'active' and a.award_date is null)
   or exists (select 1 from contract k where k.ocid = p.ocid and k.status in ('active', 'terminated')
              and k.date_signed is null)
union all
select 'missing_method', p.source_id, p.ocid
from process p
where p.procurement_method is null or p.procurement_method not in ('open', 'selective', 'limited', 'direct')
union all
select 'invalid_ruc', p.source_id, p.ocid
from process p
where exists (select 1 from process_party pp join organization o on o.id = pp.organization_id
              where pp.ocid = p.ocid and o.ruc_valid = false)
union all
select 'supplier_name_variants', p.source_id, p.ocid
from process p
where exists (select 1 from award_supplier s
              join organization_name_variant_count c on c.organization_id = s.organization_id
              where s.ocid = p.ocid and c.source_id = p.source_id)
union all
select i.code, p.source_id, i.ocid
from issues i
join process p on p.ocid = i.ocid;
create unique index quality_failure_key_idx on quality_failure (code, source_id, ocid);
create index quality_failure_ocid_idx on quality_failure (code, ocid);

-- The report itself: per source, its processes (code null) and how many fail each check.
create materialized view quality_count as
select p.source_id, null::text as code, count(*) as processes
from process p
group by p.source_id
union all
select f.source_id, f.code, count(*)
from quality_failure f
group by f.source_id, f.code;
create unique index quality_count_key_idx on quality_count (source_id, code) nulls not distinct;

insert into derived_data (name) values ('data_quality');
