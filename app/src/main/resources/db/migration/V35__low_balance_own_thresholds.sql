-- The low-balance alert process's own state: each hospital wallet's own threshold as the process knows it where it
-- stands in the event store (null: the hospital set none). A wallet without a row is one the process has not
-- learned yet; its next fall is checked by its watch, which answers the threshold. Rebuilt the same way if emptied.
create table low_balance_own_threshold (
    wallet_id       bigint not null,
    threshold_paise bigint,
    constraint low_balance_own_threshold_pk primary key (wallet_id)
);
