-- What the category analytics need: the classifier's rules, as configured, and every counted item's category,
-- precomputed (the rules are tried on millions of items) and refreshed when an ingest finishes or the rules change.

-- Text as keywords are matched on: lower case, no accents, every run of other characters than letters and digits
-- one space, with a space at each end; a keyword matches where a word starts ("guante" finds "GUANTES").
create function match_words(value text) returns text
    language sql immutable strict parallel safe
    return ' ' || trim(regexp_replace(unaccented(lower(value)), '[^a-z0-9]+', ' ', 'g')) || ' ';

-- The rules in the order they are tried; the first that matches an item gives its category. rule: as configured;
-- pattern: what is compared (a keyword through match_words, a CPC prefix as is).
create table category_rule (
    position int primary key,
    category text not null,
    kind     text not null check (kind in ('keyword', 'cpcPrefix')),
    rule     text not null,
    pattern  text not null
);

-- The items a purchase is counted by, one set per process so that nothing is counted twice: its contracts' items
-- when it has any, else its awards' items, else its tender's items. Each with its words, its category and the
-- rule that gave it (none for "other"), and its value (quantity times unit value; null when either is missing).
-- Created empty: the service fills it at start, with the rules it is configured with.
create materialized view item_category as
with counted as (
    select i.*
    from item i
    where i.scope = 'contract'
       or (i.scope = 'award' and not exists (select 1 from item x where x.ocid = i.ocid and x.scope = 'contract'))
       or (i.scope = 'tender' and not exists (select 1 from item x where x.ocid = i.ocid and x.scope <> 'tender'))),
worded as (
    select c.*, match_words(concat_ws(' ', c.description, c.classification_description)) as words
    from counted c)
select w.id as item_id, w.ocid, w.scope, w.parent_id, w.classification_scheme, w.classification_id, w.words,
       coalesce(r.category, 'other') as category, r.kind as rule_kind, r.rule,
       w.quantity * w.unit_value_amount as amount,
       case when w.quantity * w.unit_value_amount is not null then w.unit_value_currency end as currency
from worded w
left join lateral (
    select r.category, r.kind, r.rule
    from category_rule r
    where (r.kind = 'keyword' and w.words like '% ' || r.pattern || '%')
       or (r.kind = 'cpcPrefix' and upper(w.classification_scheme) = 'CPC' and w.classification_id like r.pattern || '%')
    order by r.position
    limit 1) r on true
with no data;

create unique index item_category_key_idx on item_category (item_id);
create index item_category_category_idx on item_category (category, item_id);
create index item_category_ocid_idx on item_category (ocid);

-- The same per process, category and currency (null: no value, or a value without a valid currency): what the
-- spend, timeline and emergency answers add up. Each row carries its process's filterable columns under their names
-- in `process`, so that the shared filters apply to it directly, without a join over a million processes;
-- first_of_category marks one row per process and category, to count processes without a distinct.
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

insert into derived_data (name) values ('item_categories');
