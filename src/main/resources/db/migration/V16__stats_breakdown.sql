-- The breakdowns of all contracts, without filters, precomputed when the flat copy of the contracts is refreshed:
-- grouping a million contracts by supplier or classification, with their distinct buyers and suppliers, takes
-- seconds; the unfiltered breakdown is the one most asked for, so it is read from here. One row per dimension and
-- group, as the breakdown query gives it. stats_breakdown_dimension lists the dimensions computed: until a
-- dimension is listed (before the first refresh after this migration), its breakdown is computed at request time.
create table stats_breakdown (
    dimension     text not null,
    key           text,
    contracts     bigint not null,
    without_value bigint not null,
    amount        numeric,
    vals          text not null,
    buyers        bigint,
    suppliers     bigint
);
create index stats_breakdown_dimension_idx on stats_breakdown (dimension, contracts desc);

create table stats_breakdown_dimension (
    dimension text primary key
);

-- Filled by the next refresh of the flat copy, at the next start.
update derived_data set refreshed_at = '-infinity' where name = 'contract_facts';
