package com.shiftledger.query.wallet;

import com.shiftledger.api.refund.RefundStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A refund of a hospital's wallet: pending through its hold period, processing, then completed. */
@Entity
@Table(name = "refund_view")
class RefundEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "refund_code", nullable = false, length = 20)
    private String refundCode;

    @Column(name = "hospital_id", nullable = false)
    private long hospitalId;

    @Column(name = "wallet_id", nullable = false)
    private long walletId;

    @Column(name = "shift_id")
    private Long shiftId;

    @Column(name = "original_amount_paise", nullable = false)
    private long originalAmountPaise;

    @Column(name = "fee_deducted_paise", nullable = false)
    private long feeDeductedPaise;

    @Column(name = "refund_amount_paise", nullable = false)
    private long refundAmountPaise;

    @Column(name = "status", nullable = false, length = 20)
    private String status;

    @Column(name = "reason", length = 1000)
    private String reason;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "available_at", nullable = false)
    private Instant availableAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "transaction_id", length = 40)
    private String transactionId;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "sos_id")
    private Long sosId;

    @Column(name = "description", length = 1000)
    private String description;

    @Column(name = "remarks", length = 1000)
    private String remarks;

    protected RefundEntry() {
    }

    RefundEntry(String refundCode, long hospitalId, long walletId, Long shiftId, long originalAmountPaise,
                long feeDeductedPaise, long refundAmountPaise, String reason, Instant requestedAt,
                Instant availableAt, Instant at) {
        this.refundCode = refundCode;
        this.hospitalId = hospitalId;
        this.walletId = walletId;
        this.shiftId = shiftId;
        this.originalAmountPaise = originalAmountPaise;
        this.feeDeductedPaise = feeDeductedPaise;
        this.refundAmountPaise = refundAmountPaise;
        this.status = RefundStatus.PENDING.code();
        this.reason = reason;
        this.requestedAt = requestedAt;
        this.availableAt = availableAt;
        this.updatedAt = at;
    }

    /** A hospital's request for part of an SOS's escrow back, pending an admin's review; nothing moved yet. */
    static RefundEntry sosRequest(String refundCode, long hospitalId, long walletId, long shiftId, long sosId,
                                  long amountPaise, String description, Instant requestedAt, Instant at) {
        RefundEntry entry = new RefundEntry(refundCode, hospitalId, walletId, shiftId, amountPaise, 0, amountPaise,
                "emergency_sos_refund", requestedAt, requestedAt, at);
        entry.sosId = sosId;
        entry.description = description;
        return entry;
    }

    /** An admin approved it: it is being credited. */
    void approved(String remarksOfAdmin, Instant at) {
        remarks = remarksOfAdmin;
        releaseStarted(at);
    }

    /** An admin rejected it: nothing moves. */
    void rejected(String remarksOfAdmin, Instant at) {
        if (status.equals(RefundStatus.PENDING.code())) {
            status = RefundStatus.CANCELLED.code();
            remarks = remarksOfAdmin;
            updatedAt = at;
        }
    }

    void releaseStarted(Instant at) {
        if (status.equals(RefundStatus.PENDING.code())) {
            status = RefundStatus.PROCESSING.code();
            updatedAt = at;
        }
    }

    void completed(String creditTransactionId, Instant at) {
        if (!status.equals(RefundStatus.COMPLETED.code())) {
            status = RefundStatus.COMPLETED.code();
            transactionId = creditTransactionId;
            completedAt = at;
            updatedAt = at;
        }
    }

    long id() {
        return id;
    }

    String refundCode() {
        return refundCode;
    }

    long walletId() {
        return walletId;
    }

    long hospitalId() {
        return hospitalId;
    }

    Long sosId() {
        return sosId;
    }

    String description() {
        return description;
    }

    String remarks() {
        return remarks;
    }

    Long shiftId() {
        return shiftId;
    }

    long originalAmountPaise() {
        return originalAmountPaise;
    }

    long feeDeductedPaise() {
        return feeDeductedPaise;
    }

    long refundAmountPaise() {
        return refundAmountPaise;
    }

    String status() {
        return status;
    }

    String reason() {
        return reason;
    }

    Instant requestedAt() {
        return requestedAt;
    }

    Instant availableAt() {
        return availableAt;
    }

    Instant completedAt() {
        return completedAt;
    }

    String transactionId() {
        return transactionId;
    }
}
