-- What the price comparison reads: one narrow row per purchase (an item of an award with a unit price and a
-- classification), its unit already read as a comparable unit and its price converted to it, with the award and
-- process columns that the shared filters test. A comparison over a classification prefix then reads these rows
-- by index instead of looking up each item's award and process. Refreshed (concurrently: readers are never
-- blocked) when an ingest finishes. Every award status is kept: a `status` filter may ask for cancelled awards.
-- The price is converted only when the factor is not 1, and then to 10 decimals (see price_unit in V9). Stored
-- in classification order, so that the purchases of a prefix lie together rather than on every page.
create materialized view price_purchase as
with priced as (
    select i.id as item_key, i.ocid, i.parent_id as award_id, i.item_id,
           coalesce(i.classification_scheme, '') as scheme, i.classification_id as class_id,
           i.classification_description as class_description, i.quantity, i.unit_name,
           i.unit_value_amount as unit_amount, coalesce(i.unit_value_currency, '') as currency,
           a.status as award_status, a.award_date, a.value_amount as award_value_amount,
           a.value_currency as award_value_currency,
           p.buyer_id, p.source_id, p.procurement_method, p.procurement_method_details, p.emergency,
           p.main_procurement_category, p.first_release_date
    from item i
    join award a on a.ocid = i.ocid and a.award_id = i.parent_id
    join process p on p.ocid = i.ocid
    where i.scope = 'award' and i.unit_value_amount > 0 and i.classification_id is not null),
unit_of_name as (
    select k.unit_name,
           coalesce(u.unit, case when price_pack_size(k.unit_key) is not null then 'unidad' end,
                    lower(k.unit_key)) as unit,
           coalesce(u.factor, price_pack_size(k.unit_key), 1) as factor
    from (select d.unit_name, price_unit_key(d.unit_name) as unit_key
          from (select distinct unit_name from priced) d) k
    left join price_unit u on u.unit_key = k.unit_key)
select r.item_key, r.ocid, r.award_id, r.item_id, r.scheme, r.class_id, r.class_description, r.currency,
       n.unit, r.unit_name, r.quantity, r.unit_amount,
       case when coalesce(n.factor, 1) = 1 then r.unit_amount
            else trim_scale(round(r.unit_amount / n.factor, 10)) end as price,
       r.buyer_id,
       coalesce((select array_agg(s.organization_id order by s.organization_id) from award_supplier s
                 where s.ocid = r.ocid and s.award_id = r.award_id), '{}') as supplier_ids,
       r.award_status, r.award_date, r.award_value_amount, r.award_value_currency, r.source_id,
       r.procurement_method, r.procurement_method_details, r.emergency, r.main_procurement_category,
       r.first_release_date
from priced r
left join unit_of_name n on n.unit_name = r.unit_name
order by r.class_id, r.item_key;

create unique index price_purchase_key_idx on price_purchase (item_key);
create index price_purchase_class_idx on price_purchase (class_id text_pattern_ops);
create index price_purchase_supplier_idx on price_purchase using gin (supplier_ids);
create index price_purchase_buyer_idx on price_purchase (buyer_id);

insert into derived_data (name) values ('price_purchases');
