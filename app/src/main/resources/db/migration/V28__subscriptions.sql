-- Subscriptions: the plans an admin keeps and each hospital's latest paid subscription (read models), and the
-- sequence of the plans' public ids.
create sequence subscription_plan_id_seq start with 1 increment by 1;

create table subscription_plan_view (
    id         bigint                      not null,
    active     boolean                     not null,
    terms      varchar(4000)               not null,
    version    bigint                      not null,
    created_at timestamp(6) with time zone not null,
    updated_at timestamp(6) with time zone not null,
    constraint subscription_plan_view_pk primary key (id)
);

create table hospital_subscription_view (
    hospital_id bigint                      not null,
    plan_id     bigint                      not null,
    plan_terms  varchar(4000)               not null,
    months      int                         not null,
    starts_at   timestamp(6) with time zone not null,
    expires_at  timestamp(6) with time zone not null,
    version     bigint                      not null,
    constraint hospital_subscription_view_pk primary key (hospital_id)
);
