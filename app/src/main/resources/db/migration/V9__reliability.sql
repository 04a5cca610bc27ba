-- Reliability and security (issue 10).

-- Bearer tokens expire when unused for shiftledger.auth.token-ttl (sliding): the last time each was used.
alter table access_token add column last_used_at timestamp(6) with time zone;
update access_token set last_used_at = created_at;
alter table access_token alter column last_used_at set not null;
