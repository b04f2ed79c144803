-- The core model: releases kept verbatim, one compiled release per process, and the
-- relational tables derived from it. Money is numeric + ISO 4217 code; a null
-- currency means the data gave none or an invalid one (see data_issue).

-- Where releases come from; publisher and licence as the latest package of the source stated them.
create table source (
    id             serial primary key,
    name           text not null unique,
    publisher_name text,
    license        text,
    package_uri    text,
    created_at     timestamptz not null default now()
);

create table ingest_run (
    id                 bigserial primary key,
    source_id          int references source (id),
    channel            text not null,
    status             text not null default 'running' check (status in ('running', 'completed', 'failed')),
    started_at         timestamptz not null default now(),
    finished_at        timestamptz,
    releases_read      bigint not null default 0,
    inserted           bigint not null default 0,
    replaced           bigint not null default 0,
    duplicates         bigint not null default 0,
    rejected           bigint not null default 0,
    processes_compiled bigint not null default 0
);

create table release (
    id            bigserial primary key,
    ocid          text not null,
    release_id    text not null,
    release_date  timestamptz not null,
    tags          text[] not null default '{}',
    source_id     int not null references source (id),
    content_hash  text not null,
    data          json not null,
    ingest_run_id bigint references ingest_run (id),
    first_seen_at timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    unique (ocid, release_id)
);

-- A release re-issued with different content under the same (ocid, id): the old copy is kept here.
create table release_replacement (
    id            bigserial primary key,
    ocid          text not null,
    release_id    text not null,
    previous_hash text not null,
    previous_data json not null,
    new_hash      text not null,
    ingest_run_id bigint references ingest_run (id),
    replaced_at   timestamptz not null default now()
);
create index release_replacement_key_idx on release_replacement (ocid, release_id);

-- Everything that changed, in the order it was written: the source of a changes feed.
create table change_event (
    seq           bigserial primary key,
    kind          text not null check (kind in ('release_added', 'release_replaced', 'process_compiled')),
    ocid          text not null,
    release_id    text,
    ingest_run_id bigint references ingest_run (id),
    at            timestamptz not null default now()
);

create table organization (
    id              bigserial primary key,
    identity_key    text not null unique,
    scheme          text,
    identifier      text,
    ruc_valid       boolean,
    ruc_type        text,
    name            text not null,
    normalized_name text not null,
    first_seen_at   timestamptz not null default now()
);
create index organization_normalized_name_idx on organization (normalized_name);

create table organization_name (
    organization_id bigint not null references organization (id),
    name            text not null,
    normalized_name text not null,
    first_seen_at   timestamptz not null default now(),
    primary key (organization_id, name)
);
create index organization_name_normalized_idx on organization_name (normalized_name);

create table process (
    ocid                       text primary key,
    source_id                  int not null references source (id),
    release_count              int not null,
    first_release_date         timestamptz not null,
    last_release_date          timestamptz not null,
    compiled                   json not null,
    compiled_hash              text not null,
    compiled_at                timestamptz not null default now(),
    buyer_id                   bigint references organization (id),
    buyer_name                 text,
    tender_id                  text,
    title                      text,
    description                text,
    tender_status              text,
    procurement_method         text,
    procurement_method_details text,
    main_procurement_category  text,
    tender_value_amount        numeric,
    tender_value_currency      text,
    tender_period_start        timestamptz,
    tender_period_end          timestamptz,
    enquiry_period_start       timestamptz,
    enquiry_period_end         timestamptz,
    award_period_start         timestamptz,
    award_period_end           timestamptz,
    number_of_tenderers        int
);
create index process_buyer_idx on process (buyer_id);

create table lot (
    ocid           text not null references process (ocid),
    lot_id         text not null,
    title          text,
    description    text,
    status         text,
    value_amount   numeric,
    value_currency text,
    primary key (ocid, lot_id)
);

create table award (
    ocid           text not null references process (ocid),
    award_id       text not null,
    title          text,
    description    text,
    status         text,
    award_date     timestamptz,
    value_amount   numeric,
    value_currency text,
    primary key (ocid, award_id)
);

create table award_supplier (
    ocid            text not null,
    award_id        text not null,
    organization_id bigint not null references organization (id),
    party_id        text,
    name            text,
    primary key (ocid, award_id, organization_id),
    foreign key (ocid, award_id) references award (ocid, award_id)
);
create index award_supplier_organization_idx on award_supplier (organization_id);

create table contract (
    ocid           text not null references process (ocid),
    contract_id    text not null,
    award_id       text,
    title          text,
    description    text,
    status         text,
    date_signed    timestamptz,
    period_start   timestamptz,
    period_end     timestamptz,
    value_amount   numeric,
    value_currency text,
    primary key (ocid, contract_id)
);

-- Items of the tender (parent_id null), of an award or of a contract (parent_id = its id).
create table item (
    id                         bigserial primary key,
    ocid                       text not null references process (ocid),
    scope                      text not null check (scope in ('tender', 'award', 'contract')),
    parent_id                  text,
    position                   int not null,
    item_id                    text,
    description                text,
    classification_scheme      text,
    classification_id          text,
    classification_description text,
    quantity                   numeric,
    unit_id                    text,
    unit_name                  text,
    unit_value_amount          numeric,
    unit_value_currency        text,
    related_lot                text
);
create index item_ocid_idx on item (ocid);
create index item_classification_idx on item (classification_scheme, classification_id);

-- The organizations a process names, with their roles in it (buyer, supplier, tenderer...).
create table process_party (
    ocid            text not null references process (ocid),
    organization_id bigint not null references organization (id),
    party_id        text,
    name            text,
    roles           text[] not null default '{}',
    primary key (ocid, organization_id)
);
create index process_party_organization_idx on process_party (organization_id);

-- What was odd in a process's data: amounts given as strings, invalid currencies or RUCs,
-- references to parties that do not exist. Rewritten whenever the process is compiled.
create table data_issue (
    id     bigserial primary key,
    ocid   text not null references process (ocid),
    path   text not null,
    code   text not null,
    detail text
);
create index data_issue_ocid_idx on data_issue (ocid);
