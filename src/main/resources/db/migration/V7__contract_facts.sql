-- What the statistics endpoints aggregate: one narrow row per contract with the columns that the shared filters
-- and the groupings read. A statistic over a million contracts then scans a table of a few bytes per contract
-- instead of joining every contract to its process's wide row (compiled release, search document). Refreshed
-- (concurrently: readers are never blocked) when an ingest finishes, like the organization totals.
-- process_key numbers the processes (distinct processes are counted on a number, not on long ocids);
-- supplier_ids are the suppliers of the contract's award, so that grouping by supplier needs no join.
create materialized view contract_facts as
select c.ocid, c.contract_id, c.award_id, c.status, c.date_signed, c.value_amount, c.value_currency,
       dense_rank() over (order by c.ocid) as process_key,
       coalesce((select array_agg(s.organization_id order by s.organization_id) from award_supplier s
                 where s.ocid = c.ocid and s.award_id = c.award_id), '{}') as supplier_ids,
       p.buyer_id, p.source_id, p.procurement_method, p.procurement_method_details, p.emergency,
       p.main_procurement_category, p.first_release_date
from contract c
join process p on p.ocid = c.ocid;

create unique index contract_facts_key_idx on contract_facts (ocid, contract_id);
create index contract_facts_buyer_idx on contract_facts (buyer_id);
create index contract_facts_source_idx on contract_facts (source_id);

-- Each contract's classification codes: those of its own items; without any, those of its award's items; without
-- any, those of its tender's items. One row per contract and distinct code.
create materialized view contract_classifications as
with candidate as (
    select c.ocid, c.contract_id, i.classification_id,
           case i.scope when 'contract' then 0 when 'award' then 1 else 2 end as level
    from contract c
    join item i on i.ocid = c.ocid
    where i.classification_id is not null
      and (i.scope = 'tender' or (i.scope = 'contract' and i.parent_id = c.contract_id)
           or (i.scope = 'award' and i.parent_id = c.award_id)))
select distinct x.ocid, x.contract_id, x.classification_id
from (select candidate.*, min(level) over (partition by ocid, contract_id) as best from candidate) x
where x.level = x.best;

create unique index contract_classifications_key_idx on contract_classifications (ocid, contract_id, classification_id);

insert into derived_data (name) values ('contract_facts');
