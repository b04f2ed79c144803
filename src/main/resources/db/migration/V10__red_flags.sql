-- Red flags: the Cardinal indicators (and the contract-above-tender check) of every process, computed from its
-- compiled release when an ingest finishes. One row per process; results holds, per indicator code, the outcome
-- ('flagged', 'notFlagged' or 'notComputable'), the value, the threshold or fence used and, when not computable,
-- the reason. bid_ratio is the relative difference between the winning bid and the lowest other valid bid, kept
-- apart because its fences (R024, R058) come from the distribution over a whole source.
create table red_flag_process (
    ocid      text primary key,
    source_id int not null,
    results   jsonb not null,
    bid_ratio numeric
);
create index red_flag_process_ratio_idx on red_flag_process (source_id, bid_ratio) where bid_ratio is not null;

-- The Tukey fences of the source-wide indicators, per source, as of the last refresh.
create table red_flag_fence (
    source_id int not null,
    indicator text not null,
    q1        numeric,
    q3        numeric,
    fence     numeric not null,
    processes bigint not null,
    primary key (source_id, indicator)
);

-- The outcomes of each buyer's and each tenderer's processes counted per indicator, over all processes: what the
-- unfiltered organization lists read ({"R018": {"flagged": 3, "notFlagged": 9, "notComputable": 40}, ...}).
create table red_flag_organization (
    role            text not null check (role in ('buyer', 'tenderer')),
    organization_id bigint not null,
    results         jsonb not null,
    primary key (role, organization_id)
);

-- Never refreshed yet: a service that starts on data loaded before this migration computes the flags.
insert into derived_data (name, refreshed_at) values ('red_flags', '-infinity');
