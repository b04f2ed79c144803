-- The item categories of V8, computed once per distinct text instead of once per item: at a million processes the
-- rules were tried on every item (and each item's words recomputed for every rule), which took minutes; items
-- repeat a few thousand descriptions, so classifying each distinct description, classification description and
-- CPC code once and joining the items back to them gives the same rows in seconds. Same columns, same indexes.
drop materialized view item_category cascade;

create materialized view item_category as
with counted as (
    select i.*, coalesce(i.description, '') as description_key,
           coalesce(i.classification_description, '') as class_description_key,
           case when upper(i.classification_scheme) = 'CPC' then coalesce(i.classification_id, '') else '' end as cpc_key
    from item i
    where i.scope = 'contract'
       or (i.scope = 'award' and not exists (select 1 from item x where x.ocid = i.ocid and x.scope = 'contract'))
       or (i.scope = 'tender' and not exists (select 1 from item x where x.ocid = i.ocid and x.scope <> 'tender'))),
-- Materialized: each distinct text is worded and classified once, not once per item that shares it.
classified_text as materialized (
    select t.description_key, t.class_description_key, t.cpc_key, t.words, r.category, r.kind, r.rule
    from (select d.*, match_words(d.description_key || ' ' || d.class_description_key) as words
          from (select distinct description_key, class_description_key, cpc_key from counted) d) t
    left join lateral (
        select r.category, r.kind, r.rule
        from category_rule r
        where (r.kind = 'keyword' and t.words like '% ' || r.pattern || '%')
           or (r.kind = 'cpcPrefix' and t.cpc_key <> '' and t.cpc_key like r.pattern || '%')
        order by r.position
        limit 1) r on true)
select c.id as item_id, c.ocid, c.scope, c.parent_id, c.classification_scheme, c.classification_id, t.words,
       coalesce(t.category, 'other') as category, t.kind as rule_kind, t.rule,
       c.quantity * c.unit_value_amount as amount,
       case when c.quantity * c.unit_value_amount is not null then c.unit_value_currency end as currency
from counted c
join classified_text t on t.description_key = c.description_key
                      and t.class_description_key = c.class_description_key and t.cpc_key = c.cpc_key
with no data;

create unique index item_category_key_idx on item_category (item_id);
create index item_category_category_idx on item_category (category, item_id);
create index item_category_ocid_idx on item_category (ocid);

create materialized view process_category as
select c.ocid, c.category, c.currency, c.items, c.valued_items, c.amount,
       row_number() over (partition by c.ocid, c.category order by c.currency nulls first) = 1 as first_of_category,
       p.source_id, p.buyer_id, p.emergency, p.procurement_method, p.procurement_method_details,
       p.main_procurement_category, p.first_release_date, p.tender_status, p.tender_value_amount,
       p.tender_value_currency
from (select ocid, category, currency, count(*) as items, count(amount) as valued_items, sum(amount) as amount
      from item_category
      group by ocid, category, currency) c
join process p on p.ocid = c.ocid
with no data;

create unique index process_category_key_idx on process_category (ocid, category, currency) nulls not distinct;
create index process_category_category_idx on process_category (category, ocid);
