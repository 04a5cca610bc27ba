-- A command's answer waits until the read side has projected what it wrote. For that the shift view keeps the
-- shift's version (the sequence number of its last projected event) instead of the event's place in the stream,
-- and the fundings a shift asked of its wallet are kept with their outcome. The shift read model is rebuilt from
-- the event store: its rows are cleared and its processor starts again from the first event.

delete from attendance_view;
delete from shift_application_view;
delete from shift_view;
delete from token_entry where processor_name = 'shift-projection';

alter table shift_view rename column last_event_position to version;

create table shift_funding_view (
    reference            varchar(60)                 not null,
    shift_id             bigint                      not null,
    funding_number       int                         not null,
    status               varchar(20)                 not null,
    amount_paise         bigint                      not null,
    transaction_id       varchar(20),
    required_paise       bigint,
    wallet_balance_paise bigint,
    updated_at           timestamp(6) with time zone not null,
    constraint shift_funding_view_pk primary key (reference)
);
create index shift_funding_view_shift_idx on shift_funding_view (shift_id);
