package com.shiftledger.query.journal;

import com.shiftledger.query.processing.NewUntilStored;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One side of a posting: the account and the signed amount (negative for the account money left). */
@Entity
@Table(name = "journal_line")
class JournalLine extends NewUntilStored<String> {

    @Id
    @Column(name = "line_id", length = 60)
    private String lineId;

    @Column(name = "event_id", nullable = false, length = 60)
    private String eventId;

    @Column(name = "event_type", nullable = false, length = 100)
    private String eventType;

    @Column(name = "account", nullable = false, length = 60)
    private String account;

    @Column(name = "counter_account", nullable = false, length = 60)
    private String counterAccount;

    @Column(name = "amount_paise", nullable = false)
    private long amountPaise;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected JournalLine() {
    }

    JournalLine(String lineId, String eventId, String eventType, String account, String counterAccount,
                long amountPaise, Instant occurredAt) {
        this.lineId = lineId;
        this.eventId = eventId;
        this.eventType = eventType;
        this.account = account;
        this.counterAccount = counterAccount;
        this.amountPaise = amountPaise;
        this.occurredAt = occurredAt;
    }

    @Override
    public String getId() {
        return lineId;
    }
}
