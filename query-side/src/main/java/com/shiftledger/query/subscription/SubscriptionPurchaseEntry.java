package com.shiftledger.query.subscription;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.subscription.SubscriptionPurchaseView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A subscription purchase a hospital asked for: pending, then paid or refused by its wallet. */
@Entity
@Table(name = "subscription_purchase_view")
class SubscriptionPurchaseEntry {

    @Id
    @Column(name = "payment_reference", length = 512)
    private String paymentReference;

    @Column(name = "hospital_id", nullable = false)
    private long hospitalId;

    @Column(name = "plan_id", nullable = false)
    private long planId;

    @Column(name = "months", nullable = false)
    private int months;

    @Column(name = "price_paise", nullable = false)
    private long pricePaise;

    @Column(name = "status", nullable = false, length = 16)
    private String status;

    @Column(name = "transaction_id", length = 40)
    private String transactionId;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "required_paise")
    private Long requiredPaise;

    @Column(name = "balance_paise")
    private Long balancePaise;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    protected SubscriptionPurchaseEntry() {
    }

    SubscriptionPurchaseEntry(String paymentReference, long hospitalId, long planId, int months, Money price,
                              Instant requestedAt) {
        this.paymentReference = paymentReference;
        this.hospitalId = hospitalId;
        this.planId = planId;
        this.months = months;
        this.pricePaise = price.paise();
        this.status = SubscriptionPurchaseView.PENDING;
        this.requestedAt = requestedAt;
    }

    void paid(String transaction, Instant expires) {
        status = SubscriptionPurchaseView.PAID;
        transactionId = transaction;
        expiresAt = expires;
    }

    void refused(Money required, Money balance) {
        status = SubscriptionPurchaseView.REFUSED;
        requiredPaise = required == null ? null : required.paise();
        balancePaise = balance == null ? null : balance.paise();
    }

    SubscriptionPurchaseView view() {
        return new SubscriptionPurchaseView(paymentReference, hospitalId, planId, months, Money.ofPaise(pricePaise),
                status, transactionId, expiresAt, requiredPaise == null ? null : Money.ofPaise(requiredPaise),
                balancePaise == null ? null : Money.ofPaise(balancePaise));
    }
}
