package com.shiftledger.query.wallet;

import com.shiftledger.query.processing.NewUntilStored;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One posting seen from a wallet: a line of its transaction history. The projection saves one only after looking
 * for it, so a new one is inserted without a merge's select ({@link NewUntilStored}).
 */
@Entity
@Table(name = "wallet_transaction")
class WalletTransaction extends NewUntilStored<String> {

    @Id
    @Column(name = "transaction_id", length = 40)
    private String transactionId;

    @Column(name = "wallet_id", nullable = false)
    private long walletId;

    @Column(name = "owner_type", nullable = false, length = 20)
    private String ownerType;

    @Column(name = "type", nullable = false, length = 10)
    private String type;

    @Column(name = "category", nullable = false, length = 40)
    private String category;

    @Column(name = "amount_paise", nullable = false)
    private long amountPaise;

    @Column(name = "status", nullable = false, length = 20)
    private String status;

    @Column(name = "balance_after_paise")
    private Long balanceAfterPaise;

    @Column(name = "reference_type", length = 40)
    private String referenceType;

    @Column(name = "reference_id", length = 100)
    private String referenceId;

    @Column(name = "description", length = 500)
    private String description;

    @Column(name = "wallet_sequence", nullable = false)
    private long walletSequence;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected WalletTransaction() {
    }

    WalletTransaction(String transactionId, long walletId, String ownerType, String type, String category,
                      long amountPaise, String status, Long balanceAfterPaise, String referenceType,
                      String referenceId, String description, long walletSequence, Instant createdAt) {
        this.transactionId = transactionId;
        this.walletId = walletId;
        this.ownerType = ownerType;
        this.type = type;
        this.category = category;
        this.amountPaise = amountPaise;
        this.status = status;
        this.balanceAfterPaise = balanceAfterPaise;
        this.referenceType = referenceType;
        this.referenceId = referenceId;
        this.description = description;
        this.walletSequence = walletSequence;
        this.createdAt = createdAt;
    }

    void complete(Long balanceAfter, long sequence) {
        this.status = "completed";
        this.balanceAfterPaise = balanceAfter;
        this.walletSequence = sequence;
    }

    void markStatus(String status) {
        this.status = status;
    }

    String transactionId() {
        return transactionId;
    }

    String type() {
        return type;
    }

    String category() {
        return category;
    }

    long amountPaise() {
        return amountPaise;
    }

    String status() {
        return status;
    }

    Long balanceAfterPaise() {
        return balanceAfterPaise;
    }

    String referenceType() {
        return referenceType;
    }

    String referenceId() {
        return referenceId;
    }

    String description() {
        return description;
    }

    Instant createdAt() {
        return createdAt;
    }

    @Override
    public String getId() {
        return transactionId;
    }
}
