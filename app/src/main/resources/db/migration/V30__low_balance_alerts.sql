-- Low-balance alerts (read model): every alert a hospital wallet raised by falling below its threshold, open until an
-- admin reviews it. The thresholds themselves live in the event store (the platform's settings, each wallet's watch).
create table low_balance_alert_view (
    alert_id        varchar(20)                 not null,
    hospital_id     bigint                      not null,
    wallet_id       bigint                      not null,
    balance_paise   bigint                      not null,
    threshold_paise bigint                      not null,
    status          varchar(20)                 not null,
    notes           varchar(1000),
    raised_at       timestamp(6) with time zone not null,
    reviewed_by_id  bigint,
    reviewed_at     timestamp(6) with time zone,
    constraint low_balance_alert_view_pk primary key (alert_id)
);
create index low_balance_alert_view_status_idx on low_balance_alert_view (status, raised_at);
create index low_balance_alert_view_raised_idx on low_balance_alert_view (raised_at);
