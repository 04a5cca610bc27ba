package com.shiftledger.query.wallet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A wallet's balances, and its user's referral coins, as of the last event of it that was projected. */
@Entity
@Table(name = "wallet_view")
class WalletEntry {

    @Id
    private long id;

    @Column(name = "owner_type", nullable = false, length = 20)
    private String ownerType;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(name = "owner_name")
    private String ownerName;

    @Column(name = "account", nullable = false, length = 60)
    private String account;

    @Column(name = "balance_paise", nullable = false)
    private long balancePaise;

    @Column(name = "reserved_paise", nullable = false)
    private long reservedPaise;

    @Column(name = "coins", nullable = false)
    private long coins;

    @Column(name = "referred_by_user_id")
    private Long referredByUserId;

    @Column(name = "last_sequence", nullable = false)
    private long lastSequence;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected WalletEntry() {
    }

    WalletEntry(long id, String ownerType, long ownerId, String ownerName, String account, long sequence,
                Instant at) {
        this.id = id;
        this.ownerType = ownerType;
        this.ownerId = ownerId;
        this.ownerName = ownerName;
        this.account = account;
        this.lastSequence = sequence;
        this.updatedAt = at;
    }

    /** Takes the balances an event reports, unless a later event of this wallet was projected already. */
    void balancesAfter(long sequence, long balance, long reserved, Instant at) {
        if (sequence <= lastSequence) {
            return;
        }
        this.lastSequence = sequence;
        this.balancePaise = balance;
        this.reservedPaise = reserved;
        this.updatedAt = at;
    }

    /** Remembers who referred the wallet's user, and takes the coins the referral left them with. */
    void referred(long sequence, long referrerUserId, long coinsAfter, Instant at) {
        if (sequence <= lastSequence) {
            return;
        }
        this.referredByUserId = referrerUserId;
        coinsAfter(sequence, coinsAfter, at);
    }

    /** Takes the coins an event reports, unless a later event of this wallet was projected already. */
    void coinsAfter(long sequence, long coinsAfter, Instant at) {
        if (sequence <= lastSequence) {
            return;
        }
        this.lastSequence = sequence;
        this.coins = coinsAfter;
        this.updatedAt = at;
    }

    /** Takes the balances and the coins of a redemption, unless a later event of this wallet was projected already. */
    void redeemed(long sequence, long balance, long reserved, long coinsAfter, Instant at) {
        if (sequence <= lastSequence) {
            return;
        }
        this.lastSequence = sequence;
        this.balancePaise = balance;
        this.reservedPaise = reserved;
        this.coins = coinsAfter;
        this.updatedAt = at;
    }

    /** Counts an event of this wallet that changes none of its balances as projected. */
    void projected(long sequence) {
        lastSequence = Math.max(lastSequence, sequence);
    }

    /** The sequence number of the wallet's last projected event: its version as the read side shows it. */
    long version() {
        return lastSequence;
    }

    long id() {
        return id;
    }

    String ownerType() {
        return ownerType;
    }

    long ownerId() {
        return ownerId;
    }

    String ownerName() {
        return ownerName;
    }

    long balancePaise() {
        return balancePaise;
    }

    long reservedPaise() {
        return reservedPaise;
    }

    long coins() {
        return coins;
    }

    Long referredByUserId() {
        return referredByUserId;
    }
}
