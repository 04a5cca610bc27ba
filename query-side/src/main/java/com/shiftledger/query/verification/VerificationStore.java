package com.shiftledger.query.verification;

import com.shiftledger.api.ledger.AuditReport;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The verifications and their violations ({@code ledger_verification}, {@code ledger_verification_violation}). A
 * running verification holds the one running slot, so a second cannot be recorded while it runs, on any instance.
 */
@Component
class VerificationStore {

    static final String SLOT = "ledger";
    private static final String RUNNING = VerificationState.RUNNING.code();
    private static final String COLUMNS = "id, state, events_checked, events_total, violations, failure, started_at, "
            + "finished_at";

    private final JdbcTemplate jdbc;

    VerificationStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a new running verification; refused with a duplicate key while another one runs. */
    long insertRunning(Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("insert into ledger_verification (state, "
                    + "running_slot, events_checked, violations, started_at, updated_at) values (?, ?, 0, 0, ?, ?)",
                    new String[] {"id"});
            insert.setString(1, RUNNING);
            insert.setString(2, SLOT);
            insert.setTimestamp(3, Timestamp.from(now));
            insert.setTimestamp(4, Timestamp.from(now));
            return insert;
        }, key);
        return key.getKey().longValue();
    }

    Optional<VerificationView> find(long id) {
        return jdbc.query("select " + COLUMNS + " from ledger_verification where id = ?", this::view, id).stream()
                .findFirst();
    }

    Optional<VerificationView> findRunning() {
        return jdbc.query("select " + COLUMNS + " from ledger_verification where running_slot = ?", this::view, SLOT)
                .stream().findFirst();
    }

    /** Every violation of the verification, in the order found. */
    List<AuditReport.Violation> violationsOf(long id) {
        return jdbc.query("select invariant, account, global_index, event_type, detail "
                + "from ledger_verification_violation where verification_id = ? order by number", (row, n) ->
                new AuditReport.Violation(row.getString(1), row.getString(2), row.getObject(3, Long.class),
                        row.getString(4), row.getString(5)), id);
    }

    /**
     * Starts the verification's pass afresh (a pass revived after a crash begins again); false when it is no longer
     * running, so there is nothing to do.
     */
    boolean restart(long id, Instant now) {
        int running = jdbc.update("update ledger_verification set events_checked = 0, events_total = null, "
                + "violations = 0, updated_at = ? where id = ? and state = ?", Timestamp.from(now), id, RUNNING);
        if (running == 1) {
            jdbc.update("delete from ledger_verification_violation where verification_id = ?", id);
        }
        return running == 1;
    }

    void total(long id, long eventsTotal, Instant now) {
        jdbc.update("update ledger_verification set events_total = ?, updated_at = ? where id = ?", eventsTotal,
                Timestamp.from(now), id);
    }

    /**
     * Records how far the pass got and the violations it found since the last time; false when the verification is
     * no longer running (it was given up as stopped), so the pass should end.
     */
    boolean progress(long id, long eventsChecked, long firstNumber, List<AuditReport.Violation> found, Instant now) {
        int running = jdbc.update("update ledger_verification set events_checked = ?, violations = ?, updated_at = ? "
                + "where id = ? and state = ?", eventsChecked, firstNumber + found.size(), Timestamp.from(now), id,
                RUNNING);
        if (running == 1 && !found.isEmpty()) {
            List<Object[]> rows = new ArrayList<>(found.size());
            for (int i = 0; i < found.size(); i++) {
                AuditReport.Violation violation = found.get(i);
                rows.add(new Object[] {id, firstNumber + i, violation.invariant(), violation.account(),
                        violation.globalIndex(), violation.eventType(), clip(violation.detail())});
            }
            jdbc.batchUpdate("insert into ledger_verification_violation (verification_id, number, invariant, "
                    + "account, global_index, event_type, detail) values (?, ?, ?, ?, ?, ?, ?)", rows,
                    new int[] {Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.VARCHAR,
                            Types.VARCHAR});
        }
        return running == 1;
    }

    /** Ends a running verification and frees the running slot. */
    void finish(long id, VerificationState state, String failure, Instant now) {
        jdbc.update("update ledger_verification set state = ?, running_slot = null, failure = ?, updated_at = ?, "
                + "finished_at = ? where id = ? and state = ?", state.code(), failure, Timestamp.from(now),
                Timestamp.from(now), id, RUNNING);
    }

    /** Gives up running verifications that have not moved since {@code before}: their instance stopped. */
    int giveUpStopped(Instant before, String failure, Instant now) {
        return jdbc.update("update ledger_verification set state = ?, running_slot = null, failure = ?, "
                + "finished_at = ? where state = ? and updated_at < ?", VerificationState.FAILED.code(), failure,
                Timestamp.from(now), RUNNING, Timestamp.from(before));
    }

    private VerificationView view(ResultSet row, int number) throws SQLException {
        long id = row.getLong("id");
        VerificationState state = VerificationState.of(row.getString("state"));
        Timestamp finished = row.getTimestamp("finished_at");
        return new VerificationView(id, state.code(), row.getLong("events_checked"),
                row.getObject("events_total", Long.class), row.getLong("violations"),
                state == VerificationState.RUNNING ? List.of() : violationsOf(id), row.getString("failure"),
                row.getTimestamp("started_at").toInstant(), finished == null ? null : finished.toInstant());
    }

    private static String clip(String detail) {
        return detail.length() <= 2000 ? detail : detail.substring(0, 1997) + "...";
    }
}
