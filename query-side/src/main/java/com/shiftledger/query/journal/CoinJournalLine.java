package com.shiftledger.query.journal;

import com.shiftledger.query.processing.NewUntilStored;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One side of a coin posting: the coin account and the signed number of coins (negative for the account the coins
 * left). Coins have a journal of their own, so no sum of rupees ever counts a coin.
 */
@Entity
@Table(name = "coin_journal_line")
class CoinJournalLine extends NewUntilStored<String> {

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

    @Column(name = "coins", nullable = false)
    private long coins;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected CoinJournalLine() {
    }

    CoinJournalLine(String lineId, String eventId, String eventType, String account, String counterAccount,
                    long coins, Instant occurredAt) {
        this.lineId = lineId;
        this.eventId = eventId;
        this.eventType = eventType;
        this.account = account;
        this.counterAccount = counterAccount;
        this.coins = coins;
        this.occurredAt = occurredAt;
    }

    @Override
    public String getId() {
        return lineId;
    }
}
