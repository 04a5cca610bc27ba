-- The Ed25519 key that signs wallet statements when shiftledger.audit.signing-key-file is not set: made by the first
-- instance that starts and kept, so statements are signed with one key across restarts and instances.

create table audit_signing_key (
    name            varchar(40)                 not null,
    key_id          varchar(16)                 not null,
    private_key_pem varchar(1000)               not null,
    public_key_pem  varchar(1000)               not null,
    created_at      timestamp(6) with time zone not null,
    constraint audit_signing_key_pk primary key (name)
);
