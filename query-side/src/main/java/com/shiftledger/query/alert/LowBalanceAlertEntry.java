package com.shiftledger.query.alert;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One low-balance alert: the wallet, the balance it fell to, the threshold it crossed, and its review. */
@Entity
@Table(name = "low_balance_alert_view")
class LowBalanceAlertEntry {

    static final String OPEN = "open";
    static final String REVIEWED = "reviewed";

    @Id
    @Column(name = "alert_id", length = 20)
    private String alertId;

    @Column(name = "hospital_id", nullable = false)
    private long hospitalId;

    @Column(name = "wallet_id", nullable = false)
    private long walletId;

    @Column(name = "balance_paise", nullable = false)
    private long balancePaise;

    @Column(name = "threshold_paise", nullable = false)
    private long thresholdPaise;

    @Column(name = "status", nullable = false, length = 20)
    private String status;

    @Column(name = "notes", length = 1000)
    private String notes;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @Column(name = "reviewed_by_id")
    private Long reviewedById;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    protected LowBalanceAlertEntry() {
    }

    LowBalanceAlertEntry(String alertId, long hospitalId, long walletId, long balancePaise, long thresholdPaise,
                         Instant raisedAt) {
        this.alertId = alertId;
        this.hospitalId = hospitalId;
        this.walletId = walletId;
        this.balancePaise = balancePaise;
        this.thresholdPaise = thresholdPaise;
        this.status = OPEN;
        this.raisedAt = raisedAt;
    }

    /** Takes the review, unless it was taken already. */
    boolean reviewed(String reviewNotes, long reviewer, Instant at) {
        if (REVIEWED.equals(status)) {
            return false;
        }
        status = REVIEWED;
        notes = reviewNotes;
        reviewedById = reviewer;
        reviewedAt = at;
        return true;
    }

    String alertId() {
        return alertId;
    }

    long hospitalId() {
        return hospitalId;
    }

    long walletId() {
        return walletId;
    }

    long balancePaise() {
        return balancePaise;
    }

    long thresholdPaise() {
        return thresholdPaise;
    }

    String status() {
        return status;
    }

    String notes() {
        return notes;
    }

    Instant raisedAt() {
        return raisedAt;
    }

    Long reviewedById() {
        return reviewedById;
    }

    Instant reviewedAt() {
        return reviewedAt;
    }
}
