-- Virtual accounts: the command side's directory of each account by hospital, by Razorpay's va_ id and by the order
-- of each mandate top-up (its primary key keeps one account per hospital), the sequence of the accounts' public ids,
-- and the admin's list (read model).
create sequence virtual_account_id_seq start with 1 increment by 1;

create table virtual_account_lookup (
    lookup_key         varchar(150) not null,
    virtual_account_id bigint       not null,
    wallet_id          bigint       not null,
    constraint virtual_account_lookup_pk primary key (lookup_key)
);

create index virtual_account_lookup_account on virtual_account_lookup (virtual_account_id);

create table virtual_account_view (
    id                   bigint                      not null,
    razorpay_id          varchar(100)                not null,
    hospital_id          bigint                      not null,
    wallet_id            bigint                      not null,
    name                 varchar(255)                not null,
    account_number       varchar(40),
    ifsc                 varchar(20),
    bank_name            varchar(255),
    has_mandate          boolean                     not null,
    mandate_max_amount   bigint,
    customer_id          varchar(40),
    token_id             varchar(40),
    mandate_activated_at timestamp(6) with time zone,
    version              bigint                      not null,
    created_at           timestamp(6) with time zone not null,
    constraint virtual_account_view_pk primary key (id)
);

create unique index virtual_account_view_hospital on virtual_account_view (hospital_id);
