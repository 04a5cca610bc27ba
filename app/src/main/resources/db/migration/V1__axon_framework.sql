-- Axon Framework's JPA tables (event store, snapshots, tokens, sagas, dead letters), owned by Flyway.
-- Payloads are bytea, never oid; the global index sequence increments by 1 (see META-INF/orm.xml).

create sequence domain_event_entry_seq start with 1 increment by 1;
create sequence association_value_entry_seq start with 1 increment by 50;

create table domain_event_entry (
    global_index         bigint       not null,
    aggregate_identifier varchar(255) not null,
    sequence_number      bigint       not null,
    type                 varchar(255),
    event_identifier     varchar(255) not null,
    meta_data            bytea,
    payload              bytea        not null,
    payload_revision     varchar(255),
    payload_type         varchar(255) not null,
    time_stamp           varchar(255) not null,
    constraint domain_event_entry_pk primary key (global_index),
    constraint domain_event_entry_aggregate_sequence_uk unique (aggregate_identifier, sequence_number),
    constraint domain_event_entry_event_identifier_uk unique (event_identifier)
);

create table snapshot_event_entry (
    aggregate_identifier varchar(255) not null,
    sequence_number      bigint       not null,
    type                 varchar(255) not null,
    event_identifier     varchar(255) not null,
    meta_data            bytea,
    payload              bytea        not null,
    payload_revision     varchar(255),
    payload_type         varchar(255) not null,
    time_stamp           varchar(255) not null,
    constraint snapshot_event_entry_pk primary key (sequence_number, aggregate_identifier, type),
    constraint snapshot_event_entry_event_identifier_uk unique (event_identifier)
);

create table token_entry (
    processor_name varchar(255) not null,
    segment        integer      not null,
    owner          varchar(255),
    timestamp      varchar(255) not null,
    token          bytea,
    token_type     varchar(255),
    constraint token_entry_pk primary key (processor_name, segment)
);

create table saga_entry (
    saga_id         varchar(255) not null,
    revision        varchar(255),
    saga_type       varchar(255),
    serialized_saga bytea,
    constraint saga_entry_pk primary key (saga_id)
);

create table association_value_entry (
    id                bigint       not null,
    association_key   varchar(255) not null,
    association_value varchar(255),
    saga_id           varchar(255) not null,
    saga_type         varchar(255),
    constraint association_value_entry_pk primary key (id)
);
create index association_value_entry_lookup_idx
    on association_value_entry (saga_type, association_key, association_value);
create index association_value_entry_saga_idx on association_value_entry (saga_id, saga_type);

create table dead_letter_entry (
    dead_letter_id       varchar(255)                not null,
    processing_group     varchar(255)                not null,
    sequence_identifier  varchar(255)                not null,
    sequence_index       bigint                      not null,
    message_type         varchar(255)                not null,
    event_identifier     varchar(255)                not null,
    type                 varchar(255),
    aggregate_identifier varchar(255),
    sequence_number      bigint,
    time_stamp           varchar(255)                not null,
    payload              bytea                       not null,
    payload_revision     varchar(255),
    payload_type         varchar(255)                not null,
    meta_data            bytea,
    token                bytea,
    token_type           varchar(255),
    enqueued_at          timestamp(6) with time zone not null,
    last_touched         timestamp(6) with time zone,
    processing_started   timestamp(6) with time zone,
    cause_type           varchar(255),
    cause_message        varchar(1023),
    diagnostics          bytea,
    constraint dead_letter_entry_pk primary key (dead_letter_id),
    constraint dead_letter_entry_sequence_uk unique (processing_group, sequence_identifier, sequence_index)
);
create index dead_letter_entry_group_idx on dead_letter_entry (processing_group);
create index dead_letter_entry_sequence_idx on dead_letter_entry (processing_group, sequence_identifier);

-- db-scheduler: Axon's DbSchedulerDeadlineManager keeps its deadlines here (they survive restarts and run once).
create table scheduled_tasks (
    task_name            text                     not null,
    task_instance        text                     not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean                  not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp with time zone,
    version              bigint                   not null,
    priority             smallint,
    constraint scheduled_tasks_pk primary key (task_name, task_instance)
);
create index scheduled_tasks_execution_time_idx on scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);
