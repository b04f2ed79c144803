-- What the harvester fetched, one row per unit: a month's bulk file, a page of an API year listing, one API
-- record, or any file URL followed for another publisher. A unit is loaded again only when its content changes.
create table harvest_unit (
    id                bigserial primary key,
    source_id         int not null references source (id),
    unit_key          text not null,
    kind              text not null check (kind in ('bulk-month', 'api-page', 'api-record', 'url')),
    url               text not null,
    status            text not null default 'running' check (status in ('running', 'loaded', 'failed')),
    http_status       int,
    etag              text,
    last_modified     text,
    -- The content last downloaded, and the content last ingested to the end: equal hashes mean nothing to do.
    content_sha256    text,
    loaded_sha256     text,
    bytes             bigint,
    releases_read     bigint not null default 0,
    releases_new      bigint not null default 0,
    releases_replaced bigint not null default 0,
    -- The listing's date of an API record when it was last loaded: the record is fetched again only if newer.
    listed_date       timestamptz,
    attempts          int not null default 0,
    last_error        text,
    created_at        timestamptz not null default now(),
    last_attempt_at   timestamptz,
    last_success_at   timestamptz,
    loaded_at         timestamptz,
    unique (source_id, unit_key)
);

create index harvest_unit_failed on harvest_unit (source_id) where status = 'failed';
