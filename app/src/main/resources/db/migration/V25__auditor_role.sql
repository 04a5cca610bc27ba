-- The auditor: a user an admin creates, who reads the ledger, the audit and the finance lists and changes nothing.

alter table user_account drop constraint user_account_role_ck;
alter table user_account add constraint user_account_role_ck
    check (role in ('ADMIN', 'HOSPITAL', 'PROFESSIONAL', 'AUDITOR'));
