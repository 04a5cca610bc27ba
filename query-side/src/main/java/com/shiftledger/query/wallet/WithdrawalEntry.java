package com.shiftledger.query.wallet;

import com.shiftledger.query.processing.NewUntilStored;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A withdrawal request and where it stands. */
@Entity
@Table(name = "withdrawal_view")
class WithdrawalEntry extends NewUntilStored<Long> {

    @Id
    private long id;

    @Column(name = "wallet_id", nullable = false)
    private long walletId;

    @Column(name = "owner_type", nullable = false, length = 20)
    private String ownerType;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(name = "owner_name")
    private String ownerName;

    @Column(name = "amount_paise", nullable = false)
    private long amountPaise;

    @Column(name = "payment_method", nullable = false, length = 20)
    private String paymentMethod;

    @Column(name = "status", nullable = false, length = 20)
    private String status;

    @Column(name = "bank_name")
    private String bankName;

    @Column(name = "account_number", length = 40)
    private String accountNumber;

    @Column(name = "ifsc_code", length = 20)
    private String ifscCode;

    @Column(name = "account_holder_name")
    private String accountHolderName;

    @Column(name = "upi_id")
    private String upiId;

    /** The reference of its payout destination (see {@code PayoutDestinationEntry}); null for older requests. */
    @Column(name = "destination_id", length = 40)
    private String destinationId;

    @Column(name = "remarks", length = 1000)
    private String remarks;

    @Column(name = "transaction_id", nullable = false, length = 40)
    private String transactionId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "processed_at")
    private Instant processedAt;

    protected WithdrawalEntry() {
    }

    /** A request whose destination is kept apart, as every request recorded since payout details left the events. */
    WithdrawalEntry(long id, long walletId, String ownerType, long ownerId, String ownerName, long amountPaise,
                    String paymentMethod, String destinationId, String transactionId, Instant createdAt) {
        this(id, walletId, ownerType, ownerId, ownerName, amountPaise, paymentMethod, null, null, null, null, null,
                transactionId, createdAt);
        this.destinationId = destinationId;
    }

    String destinationId() {
        return destinationId;
    }

    WithdrawalEntry(long id, long walletId, String ownerType, long ownerId, String ownerName, long amountPaise,
                    String paymentMethod, String bankName, String accountNumber, String ifscCode,
                    String accountHolderName, String upiId, String transactionId, Instant createdAt) {
        this.id = id;
        this.walletId = walletId;
        this.ownerType = ownerType;
        this.ownerId = ownerId;
        this.ownerName = ownerName;
        this.amountPaise = amountPaise;
        this.paymentMethod = paymentMethod;
        this.status = "pending";
        this.bankName = bankName;
        this.accountNumber = accountNumber;
        this.ifscCode = ifscCode;
        this.accountHolderName = accountHolderName;
        this.upiId = upiId;
        this.transactionId = transactionId;
        this.createdAt = createdAt;
    }

    void processed(String status, String remarks, Instant at) {
        this.status = status;
        this.remarks = remarks;
        this.processedAt = at;
    }

    long id() {
        return id;
    }

    long walletId() {
        return walletId;
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

    long amountPaise() {
        return amountPaise;
    }

    String paymentMethod() {
        return paymentMethod;
    }

    String status() {
        return status;
    }

    String bankName() {
        return bankName;
    }

    String accountNumber() {
        return accountNumber;
    }

    String ifscCode() {
        return ifscCode;
    }

    String accountHolderName() {
        return accountHolderName;
    }

    String upiId() {
        return upiId;
    }

    String remarks() {
        return remarks;
    }

    String transactionId() {
        return transactionId;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant processedAt() {
        return processedAt;
    }

    @Override
    public Long getId() {
        return id;
    }
}
