package com.shiftledger.query.shift;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.shift.FundingReference;
import com.shiftledger.api.shift.ShiftFundingView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One funding a shift asked of its hospital's wallet, from the request to the wallet's decision; kept after the
 * shift itself is discarded, so the request that asked for it learns why.
 */
@Entity
@Table(name = "shift_funding_view")
class ShiftFundingEntry {

    @Id
    @Column(name = "reference", length = 60)
    private String reference;

    @Column(name = "shift_id", nullable = false)
    private long shiftId;

    @Column(name = "funding_number", nullable = false)
    private int fundingNumber;

    @Column(name = "status", nullable = false, length = 20)
    private String status;

    @Column(name = "amount_paise", nullable = false)
    private long amountPaise;

    @Column(name = "transaction_id", length = 20)
    private String transactionId;

    @Column(name = "required_paise")
    private Long requiredPaise;

    @Column(name = "wallet_balance_paise")
    private Long walletBalancePaise;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ShiftFundingEntry() {
    }

    ShiftFundingEntry(FundingReference funding, Money amount, Instant at) {
        this.reference = funding.walletReference();
        this.shiftId = funding.shiftId().value();
        this.fundingNumber = funding.number();
        this.status = ShiftFundingView.PENDING;
        this.amountPaise = amount.paise();
        this.updatedAt = at;
    }

    void funded(String transaction, Instant at) {
        this.status = ShiftFundingView.FUNDED;
        this.transactionId = transaction;
        this.updatedAt = at;
    }

    void abandoned(Money required, Money walletBalance, Instant at) {
        this.status = ShiftFundingView.ABANDONED;
        this.requiredPaise = required == null ? null : required.paise();
        this.walletBalancePaise = walletBalance == null ? null : walletBalance.paise();
        this.updatedAt = at;
    }

    ShiftFundingView view() {
        return new ShiftFundingView(shiftId, fundingNumber, status, Money.ofPaise(amountPaise), transactionId,
                requiredPaise == null ? null : Money.ofPaise(requiredPaise),
                walletBalancePaise == null ? null : Money.ofPaise(walletBalancePaise));
    }
}
