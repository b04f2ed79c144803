-- Red flags assessed per organization rather than per process (R038 excessive disqualified bids, R048
-- heterogeneous supplier): the organization's ratio or count over the processes of one source, compared with the
-- upper fence of that source's organizations. role is the organization's part in those processes: buyer or
-- tenderer (R038), supplier (R048). Keyed by organization identity, since a tenderer named only in bids has no
-- party row.
create table red_flag_organization_indicator (
    source_id    int not null,
    role         text not null check (role in ('buyer', 'tenderer', 'supplier')),
    identity_key text not null,
    indicator    text not null,
    outcome      text not null,
    value        numeric,
    threshold    numeric,
    reason       text,
    primary key (identity_key, role, indicator, source_id)
);

-- Suppliers are listed too (by=supplier).
alter table red_flag_organization drop constraint red_flag_organization_role_check;
alter table red_flag_organization add constraint red_flag_organization_role_check
    check (role in ('buyer', 'tenderer', 'supplier'));
