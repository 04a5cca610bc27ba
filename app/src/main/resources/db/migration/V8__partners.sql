-- Staffing partners (the IntelyCare model): which shift a partner's externalShiftId names, and the fingerprint of
-- the request that created it (the same request again answers the same; another one under the same id is refused).

create table partner_shift (
    client_id           bigint                      not null,
    external_shift_id   varchar(100)                not null,
    shift_id            bigint                      not null,
    request_fingerprint varchar(64)                 not null,
    created_at          timestamp(6) with time zone not null,
    constraint partner_shift_pk primary key (client_id, external_shift_id),
    constraint partner_shift_shift_uk unique (shift_id)
);
