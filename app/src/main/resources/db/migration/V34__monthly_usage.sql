-- Monthly usage (read model): every claim of a month's shift, SOS, roster or vacancy under a hospital's plan, and
-- whether it was given back, so that check-*-limit counts what the MonthlyUsage aggregate counted.
create table monthly_use_view (
    claim_key   varchar(200)                not null,
    hospital_id bigint                      not null,
    usage_month varchar(7)                  not null,
    use_kind    varchar(16)                 not null,
    reference   varchar(120)                not null,
    released    boolean                     not null,
    version     bigint                      not null,
    claimed_at  timestamp(6) with time zone not null,
    constraint monthly_use_view_pk primary key (claim_key)
);

create index monthly_use_view_count on monthly_use_view (hospital_id, usage_month, use_kind);
