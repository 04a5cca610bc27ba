package com.shiftledger.query.sos;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.sos.EmergencySosOpenedEvent;
import com.shiftledger.api.sos.EmergencySosView;
import com.shiftledger.api.sos.SosStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An Emergency SOS as of the last of its events that was projected; {@code version} is that event's sequence
 * number in the SOS's stream, so a redelivered event changes nothing.
 */
@Entity
@Table(name = "sos_view")
class SosEntry {

    @Id
    private long id;

    @Column(name = "shift_id", nullable = false)
    private long shiftId;

    @Column(name = "hospital_id", nullable = false)
    private long hospitalId;

    @Column(name = "tier_key", nullable = false, length = 40)
    private String tierKey;

    @Column(name = "tier_label", nullable = false, length = 100)
    private String tierLabel;

    @Column(name = "tier_minutes", nullable = false)
    private int tierMinutes;

    @Column(name = "extra_pay_percent", nullable = false)
    private BigDecimal extraPayPercent;

    @Column(name = "extra_pay_paise", nullable = false)
    private long extraPayPaise;

    @Column(name = "open_positions", nullable = false)
    private int openPositions;

    @Column(name = "total_paise", nullable = false)
    private long totalPaise;

    @Column(name = "urgency_deadline", nullable = false)
    private Instant urgencyDeadline;

    @Column(name = "status", nullable = false, length = 20)
    private String status;

    @Column(name = "recipients_count", nullable = false)
    private long recipientsCount;

    @Column(name = "radius_km", nullable = false)
    private int radiusKm;

    @Column(name = "message", length = 1000)
    private String message;

    @Column(name = "responses_count", nullable = false)
    private long responsesCount;

    @Column(name = "transaction_id", length = 20)
    private String transactionId;

    @Column(name = "required_paise")
    private Long requiredPaise;

    @Column(name = "wallet_balance_paise")
    private Long walletBalancePaise;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "version", nullable = false)
    private long version;

    protected SosEntry() {
    }

    SosEntry(EmergencySosOpenedEvent event, long sequence, Instant at) {
        this.id = event.sosId().value();
        this.shiftId = event.shiftId().value();
        this.hospitalId = event.hospitalId();
        this.tierKey = event.tier().key();
        this.tierLabel = event.tier().label();
        this.tierMinutes = event.tier().minutes();
        this.extraPayPercent = event.tier().extraPayPercent();
        this.extraPayPaise = event.extraPayPerProfessional().paise();
        this.openPositions = event.openPositions();
        this.totalPaise = event.totalExtraPay().paise();
        this.urgencyDeadline = event.urgencyDeadline();
        this.status = SosStatus.FUNDING.code();
        this.recipientsCount = event.recipientsCount();
        this.radiusKm = event.radiusKm();
        this.message = event.message();
        this.createdAt = event.openedAt();
        this.updatedAt = at;
        this.version = sequence;
    }

    /** Takes the SOS's event with this sequence number, unless it (or a later one) was projected already. */
    boolean takes(long sequence, Instant at) {
        if (sequence <= version) {
            return false;
        }
        version = sequence;
        updatedAt = at;
        return true;
    }

    void sent(String fundingTransaction) {
        status = SosStatus.SENT.code();
        transactionId = fundingTransaction;
    }

    void abandoned(Money required, Money walletBalance) {
        status = SosStatus.ABANDONED.code();
        requiredPaise = required.paise();
        walletBalancePaise = walletBalance.paise();
    }

    void ended(SosStatus newStatus) {
        status = newStatus.code();
    }

    void answered() {
        responsesCount++;
    }

    long id() {
        return id;
    }

    EmergencySosView view() {
        return new EmergencySosView(id, shiftId, hospitalId, tierKey, tierLabel, tierMinutes, extraPayPercent,
                Money.ofPaise(extraPayPaise), openPositions, Money.ofPaise(totalPaise), urgencyDeadline, status,
                recipientsCount, radiusKm, message, responsesCount, transactionId,
                requiredPaise == null ? null : Money.ofPaise(requiredPaise),
                walletBalancePaise == null ? null : Money.ofPaise(walletBalancePaise), createdAt);
    }
}
