-- What the supplier and buyer lists need: every organization's totals in each role, precomputed so that lists
-- sorted by contract count or amount stay fast over millions of contracts. Refreshed (concurrently: readers are
-- never blocked) when an ingest finishes, so the totals are those of the last finished ingest.

-- One row per organization and role. A supplier is named in award_supplier: its awards, the contracts of those
-- awards, the buyers of those processes. A buyer is a process's buyer_id: the awards and contracts of its
-- processes and the suppliers of those awards. source_ids: the sources whose data names it in that role.
create materialized view organization_totals as
with supplier_awards as (
    select w.organization_id, count(*) as awards, min(a.award_date) as first_award_date,
           max(a.award_date) as last_award_date, count(distinct p.buyer_id) as counterparts,
           array_agg(distinct p.source_id) as source_ids
    from award_supplier w
    join award a on a.ocid = w.ocid and a.award_id = w.award_id
    join process p on p.ocid = w.ocid
    group by w.organization_id),
supplier_contracts as (
    select w.organization_id, count(*) as contracts
    from award_supplier w
    join contract c on c.ocid = w.ocid and c.award_id = w.award_id
    group by w.organization_id),
buyer_processes as (
    select p.buyer_id as organization_id, array_agg(distinct p.source_id) as source_ids
    from process p
    where p.buyer_id is not null
    group by p.buyer_id),
buyer_awards as (
    select p.buyer_id as organization_id, count(*) as awards, min(a.award_date) as first_award_date,
           max(a.award_date) as last_award_date
    from process p
    join award a on a.ocid = p.ocid
    where p.buyer_id is not null
    group by p.buyer_id),
buyer_suppliers as (
    select p.buyer_id as organization_id, count(distinct w.organization_id) as counterparts
    from process p
    join award_supplier w on w.ocid = p.ocid
    where p.buyer_id is not null
    group by p.buyer_id),
buyer_contracts as (
    select p.buyer_id as organization_id, count(*) as contracts
    from process p
    join contract c on c.ocid = p.ocid
    where p.buyer_id is not null
    group by p.buyer_id)
select 'supplier'::text as role, o.id as organization_id, o.identity_key, o.normalized_name,
       s.awards, coalesce(k.contracts, 0) as contracts, s.first_award_date, s.last_award_date, s.counterparts,
       s.source_ids
from supplier_awards s
join organization o on o.id = s.organization_id
left join supplier_contracts k on k.organization_id = s.organization_id
union all
select 'buyer'::text, o.id, o.identity_key, o.normalized_name,
       coalesce(a.awards, 0), coalesce(k.contracts, 0), a.first_award_date, a.last_award_date,
       coalesce(s.counterparts, 0), b.source_ids
from buyer_processes b
join organization o on o.id = b.organization_id
left join buyer_awards a on a.organization_id = b.organization_id
left join buyer_suppliers s on s.organization_id = b.organization_id
left join buyer_contracts k on k.organization_id = b.organization_id;

create unique index organization_totals_key_idx on organization_totals (role, organization_id);
create index organization_totals_name_idx on organization_totals (role, normalized_name, identity_key);
create index organization_totals_contracts_idx on organization_totals (role, contracts, identity_key);
create index organization_totals_sources_idx on organization_totals using gin (source_ids);

-- Contract values per organization, role and currency (null: the data gave no valid currency). Amounts in
-- different currencies are never added together.
create materialized view organization_values as
with values_by_role as (
    select 'supplier'::text as role, w.organization_id, c.value_currency as currency,
           sum(c.value_amount) as amount, count(*) as contracts
    from award_supplier w
    join contract c on c.ocid = w.ocid and c.award_id = w.award_id
    where c.value_amount is not null
    group by w.organization_id, c.value_currency
    union all
    select 'buyer'::text, p.buyer_id, c.value_currency, sum(c.value_amount), count(*)
    from process p
    join contract c on c.ocid = p.ocid
    where p.buyer_id is not null and c.value_amount is not null
    group by p.buyer_id, c.value_currency)
select v.role, v.organization_id, o.identity_key, v.currency, v.amount, v.contracts
from values_by_role v
join organization o on o.id = v.organization_id;

create unique index organization_values_key_idx on organization_values (role, organization_id, currency) nulls not distinct;
create index organization_values_amount_idx on organization_values (role, currency, amount, identity_key);

-- Data derived from the stored data and refreshed after ingests, with a counter that moves at every refresh:
-- the API's data version takes it in, so that an answer cached before a refresh is not served after it.
create table derived_data (
    name         text primary key,
    generation   bigint not null default 0,
    refreshed_at timestamptz not null default now()
);
insert into derived_data (name) values ('organization_totals');

-- Name search by words ("salud" within "MINISTERIO DE SALUD PUBLICA"), beside V2's index of compacted names.
create index organization_name_words_trigram_idx on organization_name using gin (normalized_name public.gin_trgm_ops);

-- The process list sorted by tender value within one currency, and one buyer's processes newest first.
create index process_tender_value_idx on process (tender_value_currency, tender_value_amount, ocid);
create index process_buyer_published_idx on process (buyer_id, first_release_date, ocid);
