-- Reliability and security (issue 10).

-- Bearer tokens expire when unused for shiftledger.auth.token-ttl (sliding): the last time each was used.
alter table access_token add column last_used_at timestamp(6) with time zone;
update access_token set last_used_at = created_at;
alter table access_token alter column last_used_at set not null;

-- Payout destinations (bank details, UPI ids) are personal data: kept here, named in WithdrawalRequestedEvent only by
-- their id, shown masked except to the admin processing the withdrawal, and erased (set to null) without touching
-- an event. Written by the command side before the withdrawal is requested.
create table payout_destination (
    id                  varchar(40)                 not null,
    wallet_id           bigint                      not null,
    method              varchar(20)                 not null,
    bank_name           varchar(255),
    account_number      varchar(20),
    ifsc_code           varchar(11),
    account_holder_name varchar(255),
    upi_id              varchar(320),
    created_at          timestamp(6) with time zone not null,
    erased_at           timestamp(6) with time zone,
    constraint payout_destination_pk primary key (id)
);
create index payout_destination_wallet_idx on payout_destination (wallet_id);

alter table withdrawal_view add column destination_id varchar(40);
