package com.shiftledger.api.sos;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.refund.RefundId;
import com.shiftledger.api.wallet.WalletId;

import java.time.Instant;

/** An admin rejected an SOS refund request; nothing moves and the amount may be asked for again. */
public record SosRefundRejectedEvent(SosId sosId, RefundId refundId, WalletId walletId, Money amount, String remarks,
                                     long rejectedBy, Instant rejectedAt) {
}
