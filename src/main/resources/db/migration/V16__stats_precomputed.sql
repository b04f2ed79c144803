-- The statistics most asked for, precomputed when the flat copy of the contracts is refreshed: those of all
-- contracts and those of the contracts in one currency (no other filter). Over a million contracts each takes
-- seconds to compute (grouping by supplier or classification with distinct buyers and suppliers, distinct
-- processes, per-organization totals); read from here it takes milliseconds. filter_currency is the currency the
-- question filtered by, '' for none. Until a kind is listed in stats_precomputed (before the first refresh after
-- this migration), its answers are computed at request time.

-- Breakdowns (/stats/by): one row per dimension, filter and group, as the breakdown query gives it.
create table stats_breakdown (
    dimension       text not null,
    filter_currency text not null,
    key             text,
    contracts       bigint not null,
    without_value   bigint not null,
    amount          numeric,
    vals            text not null,
    buyers          bigint,
    suppliers       bigint
);
create index stats_breakdown_question_idx on stats_breakdown (dimension, filter_currency, contracts desc);

-- Concentration (/stats/concentration): each organization's contracts and amount per currency of the contracts
-- (currency null: none or invalid; organization null: contracts without one on that side).
create table stats_organization (
    side            text not null,
    organization_id bigint,
    currency        text,
    contracts       bigint not null,
    valued          bigint not null,
    amount          numeric
);
create index stats_organization_side_idx on stats_organization (side, currency);

-- Summaries (/stats/summary), as the API writes them.
create table stats_summary (
    filter_currency text primary key,
    answer          text not null
);

create table stats_precomputed (
    kind text primary key
);

-- Filled by the next refresh of the flat copy, at the next start.
update derived_data set refreshed_at = '-infinity' where name = 'contract_facts';
