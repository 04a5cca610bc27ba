-- Public ids of shifts and applications, and the command side's directory of applications to shifts.

create sequence shift_id_seq start with 1 increment by 1;
create sequence application_id_seq start with 1 increment by 1;

create table shift_application_lookup (
    application_id bigint not null,
    shift_id       bigint not null,
    constraint shift_application_lookup_pk primary key (application_id)
);
