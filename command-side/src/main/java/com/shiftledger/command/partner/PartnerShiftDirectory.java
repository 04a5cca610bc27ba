package com.shiftledger.command.partner;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * Which shift each partner's {@code externalShiftId} names, and the fingerprint of the request that created it.
 * An id is claimed in the same transaction that creates its shift (a unique key: two requests at once cannot both
 * create one, and a crash leaves either both or neither), and given back when the wallet refuses to fund the shift,
 * so the partner can send it again once the wallet is topped up.
 */
@Component
class PartnerShiftDirectory {

    /** A partner's shift: the partner's id for it, the shift, and the fingerprint of the request that made it. */
    record Entry(long clientId, String externalShiftId, long shiftId, String fingerprint, Instant createdAt) {
    }

    /** The entry that holds a partner's id, and whether this request created it (else it repeats an earlier one). */
    record Claim(Entry entry, boolean created) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    PartnerShiftDirectory(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Claims the id and creates its shift in one transaction ({@code create} sends the command, which joins it);
     * when the id is held already, nothing is created and the entry that holds it is answered.
     */
    Claim claim(Entry entry, Runnable create) {
        try {
            transactions.executeWithoutResult(status -> {
                jdbc.update("insert into partner_shift (client_id, external_shift_id, shift_id, request_fingerprint,"
                        + " created_at) values (?, ?, ?, ?, ?)", entry.clientId(), entry.externalShiftId(),
                        entry.shiftId(), entry.fingerprint(), Timestamp.from(entry.createdAt()));
                create.run();
            });
            return new Claim(entry, true);
        } catch (DuplicateKeyException taken) {
            return new Claim(find(entry.clientId(), entry.externalShiftId()).orElseThrow(() -> taken), false);
        }
    }

    /** Gives the id back: its shift was never created or never funded. */
    void release(Entry entry) {
        jdbc.update("delete from partner_shift where client_id = ? and external_shift_id = ? and shift_id = ?",
                entry.clientId(), entry.externalShiftId(), entry.shiftId());
    }

    Optional<Entry> find(long clientId, String externalShiftId) {
        return jdbc.query("select * from partner_shift where client_id = ? and external_shift_id = ?",
                PartnerShiftDirectory::entry, clientId, externalShiftId).stream().findFirst();
    }

    /** The client's shift with this id; another client's shift, or a hospital's own, is not found. */
    Optional<Entry> findByShift(long clientId, long shiftId) {
        return jdbc.query("select * from partner_shift where client_id = ? and shift_id = ?",
                PartnerShiftDirectory::entry, clientId, shiftId).stream().findFirst();
    }

    private static Entry entry(ResultSet row, int number) throws SQLException {
        return new Entry(row.getLong("client_id"), row.getString("external_shift_id"), row.getLong("shift_id"),
                row.getString("request_fingerprint"), row.getTimestamp("created_at").toInstant());
    }
}
