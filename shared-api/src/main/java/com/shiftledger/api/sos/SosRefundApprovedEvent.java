package com.shiftledger.api.sos;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.refund.RefundId;
import com.shiftledger.api.wallet.WalletId;

import java.time.Instant;

/**
 * An admin approved an SOS refund request: {@code amount} returns {@code sos:{o} → hospital:{h}}, credited by the SOS
 * process under {@link #creditReference()}.
 */
public record SosRefundApprovedEvent(SosId sosId, RefundId refundId, WalletId walletId, Money amount, String remarks,
                                     long approvedBy, Instant approvedAt) {

    public String creditReference() {
        return "sos:" + sosId.value() + ":refund:" + refundId.code();
    }
}
