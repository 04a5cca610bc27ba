-- Subscription purchases (read model): each purchase a hospital asked for, pending until the wallet paid or refused
-- it, so that the subscribe request's answer (and a repeat of it) shows the outcome the purchase process reached.
create table subscription_purchase_view (
    payment_reference varchar(512)                not null,
    hospital_id       bigint                      not null,
    plan_id           bigint                      not null,
    months            int                         not null,
    price_paise       bigint                      not null,
    status            varchar(16)                 not null,
    transaction_id    varchar(40),
    expires_at        timestamp(6) with time zone,
    required_paise    bigint,
    balance_paise     bigint,
    requested_at      timestamp(6) with time zone not null,
    constraint subscription_purchase_view_pk primary key (payment_reference)
);
