-- Shift extensions: the sequence of their public ids, the command side's directory of extensions to their shifts,
-- the read models both sides list them from (with each added day's attendance), and the days an application covers
-- (the Emergency SOS extra pay is per day).
create sequence shift_extension_id_seq start with 1 increment by 1;

create table shift_extension_lookup (
    extension_id bigint not null,
    shift_id     bigint not null,
    constraint shift_extension_lookup_pk primary key (extension_id)
);

create table shift_extension_view (
    id                           bigint                      not null,
    shift_id                     bigint                      not null,
    shift_title                  varchar(255)                not null,
    start_time                   time                        not null,
    end_time                     time                        not null,
    application_id               bigint                      not null,
    hospital_id                  bigint                      not null,
    professional_id              bigint                      not null,
    professional_name            varchar(255),
    status                       varchar(20)                 not null,
    requested_by                 varchar(20)                 not null,
    start_date                   date                        not null,
    end_date                     date                        not null,
    days_count                   int                         not null,
    pay_per_day_paise            bigint                      not null,
    service_charge_per_day_paise bigint                      not null,
    extra_pay_per_day_paise      bigint                      not null,
    total_paise                  bigint                      not null,
    transaction_id               varchar(20),
    requested_at                 timestamp(6) with time zone not null,
    decided_at                   timestamp(6) with time zone,
    constraint shift_extension_view_pk primary key (id)
);

create index shift_extension_view_hospital_idx on shift_extension_view (hospital_id, status, requested_at);
create index shift_extension_view_professional_idx on shift_extension_view (professional_id, status, requested_at);

create table shift_extension_day_view (
    id                  varchar(40)                 not null,
    extension_id        bigint                      not null,
    work_date           date                        not null,
    status              varchar(20)                 not null,
    check_in_time       timestamp(6) with time zone,
    check_out_time      timestamp(6) with time zone,
    minutes_worked      bigint,
    amount_earned_paise bigint,
    extra_pay_paise     bigint,
    constraint shift_extension_day_view_pk primary key (id)
);

create index shift_extension_day_view_extension_idx on shift_extension_day_view (extension_id, work_date);

alter table shift_application_view add column days_covered int default 1 not null;
