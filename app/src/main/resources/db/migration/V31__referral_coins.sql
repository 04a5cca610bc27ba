-- Referral coins: every user's referral code (given at registration; users registered before get theirs the first
-- time their profile is read), the coins a wallet's user holds and who referred them (wallet read model), the
-- coins' own journal (never summed with rupees), and the referral settings in force (read model of their events).
alter table user_account add column referral_code varchar(12);
alter table user_account add constraint user_account_referral_code_uk unique (referral_code);

alter table wallet_view add column coins bigint default 0 not null;
alter table wallet_view add column referred_by_user_id bigint;

create table coin_journal_line (
    line_id         varchar(60)                 not null,
    event_id        varchar(60)                 not null,
    event_type      varchar(100)                not null,
    account         varchar(60)                 not null,
    counter_account varchar(60)                 not null,
    coins           bigint                      not null,
    occurred_at     timestamp(6) with time zone not null,
    constraint coin_journal_line_pk primary key (line_id)
);
create index coin_journal_line_event_idx on coin_journal_line (event_id);
create index coin_journal_line_account_idx on coin_journal_line (account);

create table referral_settings_view (
    settings_id        varchar(40)                 not null,
    referral_bonus     bigint                      not null,
    referee_bonus      bigint                      not null,
    coin_exchange_rate numeric(14, 4)              not null,
    version            bigint                      not null,
    updated_at         timestamp(6) with time zone not null,
    constraint referral_settings_view_pk primary key (settings_id)
);
