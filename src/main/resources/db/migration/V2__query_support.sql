-- What the query API needs: Spanish full-text search, typo-tolerant organization names, the emergency flag,
-- and indexes for keyset pagination on the main lists.

-- pg_trgm and unaccent are trusted extensions: the database owner can create them. They live in `public`, beside
-- any other schema of the database, so every reference to them below is qualified.
-- Quiet: "already exists" notices when another schema of the database made them first.
set client_min_messages = warning;
create extension if not exists pg_trgm with schema public;
create extension if not exists unaccent with schema public;

-- Spanish stemming over unaccented words: "adquisición" and "ADQUISICIONES" meet at the same lexeme.
create text search configuration es_unaccent (copy = pg_catalog.spanish);
alter text search configuration es_unaccent
    alter mapping for hword, hword_part, word with public.unaccent, spanish_stem;

-- unaccent() is only stable (its dictionary could change); indexes need an immutable function.
create function unaccented(value text) returns text
    language sql immutable strict parallel safe
    return public.unaccent('public.unaccent'::regdictionary, value);

-- The text a process is found by: its title and description, its awards' and contracts' titles and
-- descriptions, its items and the names of its parties.
create function process_search_document(process_ocid text) returns tsvector
    language sql stable parallel safe
    begin atomic
        select setweight(to_tsvector('es_unaccent', coalesce(p.title, '')), 'A')
            || setweight(to_tsvector('es_unaccent', coalesce(p.description, '')), 'B')
            || setweight(to_tsvector('es_unaccent', coalesce((
                   select string_agg(concat_ws(' ', a.title, a.description), ' ') from award a where a.ocid = p.ocid), '')
               || ' ' || coalesce((
                   select string_agg(concat_ws(' ', k.title, k.description), ' ') from contract k where k.ocid = p.ocid), '')
               || ' ' || coalesce((
                   select string_agg(distinct i.description, ' ') from item i where i.ocid = p.ocid), '')), 'C')
            || setweight(to_tsvector('es_unaccent', coalesce((
                   select string_agg(distinct pp.name, ' ') from process_party pp where pp.ocid = p.ocid), '')), 'D')
        from process p where p.ocid = process_ocid;
    end;

alter table process add column search tsvector;
update process set search = process_search_document(ocid);
create index process_search_idx on process using gin (search);

-- SERCOP names its emergency procedures "Contratación de Emergencia" (and variants): the flag users filter by.
alter table process add column emergency boolean
    generated always as (coalesce(unaccented(lower(procurement_method_details)) like '%emergencia%', false)) stored;

-- Organization names without spaces and accents, for typo-tolerant search: "MAXINSUMO" meets "MAX INSUMO S.A.".
alter table organization_name add column compact_name text
    generated always as (replace(normalized_name, ' ', '')) stored;
create index organization_name_trigram_idx on organization_name using gin (compact_name public.gin_trgm_ops);
create index organization_name_org_idx on organization_name (organization_id);

-- Filters and keyset orders of the lists.
create index process_first_release_idx on process (first_release_date, ocid);
create index process_method_idx on process (procurement_method);
create index process_source_idx on process (source_id);
create index contract_date_signed_idx on contract (date_signed, ocid, contract_id);
create index contract_value_idx on contract (value_currency, value_amount, ocid, contract_id);
create index contract_award_idx on contract (ocid, award_id);
create index award_date_idx on award (award_date, ocid, award_id);
create index award_value_idx on award (value_currency, value_amount, ocid, award_id);
create index item_classification_prefix_idx on item (classification_id text_pattern_ops);
create index award_supplier_award_idx on award_supplier (ocid, award_id);
create index change_event_ocid_idx on change_event (ocid);

-- The key that signs pagination cursors, made once per database so that cursors outlive restarts and work
-- on every instance of the service.
create table api_secret (
    name  text primary key,
    value bytea not null
);
insert into api_secret (name, value)
values ('cursor', decode(replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''), 'hex'));
