package com.shiftledger.app.idempotency;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The kept keys, one row per caller and key. Each step commits on its own, so a concurrent repeat sees the
 * claim at once. A claim whose request died (its lease, {@code shiftledger.idempotency.lease}, ran out) may be
 * taken over: the request is run again, and the commands it sends are idempotent under references derived from
 * the key.
 */
@Component
class IdempotencyStore {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration lease;

    IdempotencyStore(JdbcTemplate jdbc, Clock clock, IdempotencyProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.lease = properties.lease();
    }

    sealed interface Claim {
    }

    /** The request is new (or its earlier run died): run it. */
    record Run() implements Claim {
    }

    /** The same request was answered before: send this answer again. */
    record Replay(int status, String contentType, String body) implements Claim {
    }

    /** The key was used with a different request. */
    record Mismatch() implements Claim {
    }

    /** The first request with this key is still running. */
    record InProgress() implements Claim {
    }

    private record Row(String requestHash, String state, Integer status, String contentType, String body,
                       Instant lockedUntil) {
    }

    Claim claim(String scope, String key, String requestHash) {
        Instant now = clock.instant();
        try {
            jdbc.update("insert into idempotency_key (scope, idem_key, request_hash, state, created_at, locked_until) "
                            + "values (?, ?, ?, 'in_progress', ?, ?)",
                    scope, key, requestHash, Timestamp.from(now), Timestamp.from(now.plus(lease)));
            return new Run();
        } catch (DuplicateKeyException alreadyClaimed) {
            return existing(scope, key, requestHash, now);
        }
    }

    private Claim existing(String scope, String key, String requestHash, Instant now) {
        List<Row> rows = jdbc.query("select request_hash, state, response_status, content_type, response_body, "
                        + "locked_until from idempotency_key where scope = ? and idem_key = ?",
                (rs, n) -> new Row(rs.getString(1), rs.getString(2), (Integer) rs.getObject(3), rs.getString(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant()),
                scope, key);
        if (rows.isEmpty()) {
            return claim(scope, key, requestHash);
        }
        Row row = rows.get(0);
        if (!row.requestHash().equals(requestHash)) {
            return new Mismatch();
        }
        if (row.state().equals("completed")) {
            return new Replay(row.status(), row.contentType(), row.body());
        }
        if (row.lockedUntil().isAfter(now)) {
            return new InProgress();
        }
        int takenOver = jdbc.update("update idempotency_key set locked_until = ? where scope = ? and idem_key = ? "
                        + "and state = 'in_progress' and locked_until = ?",
                Timestamp.from(now.plus(lease)), scope, key, Timestamp.from(row.lockedUntil()));
        return takenOver == 1 ? new Run() : new InProgress();
    }

    void complete(String scope, String key, int status, String contentType, String body) {
        jdbc.update("update idempotency_key set state = 'completed', response_status = ?, content_type = ?, "
                        + "response_body = ?, completed_at = ? where scope = ? and idem_key = ?",
                status, contentType, body, Timestamp.from(clock.instant()), scope, key);
    }

    /** Forgets a claim whose request failed on the server, so that the caller may try again. */
    void release(String scope, String key) {
        jdbc.update("delete from idempotency_key where scope = ? and idem_key = ? and state = 'in_progress'",
                scope, key);
    }
}
