package com.shiftledger.api.sos;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.refund.RefundId;

/** What a refund request answers: the refund opened, its amount and the SOS's version after it. */
public record SosRefundReceipt(SosId sosId, RefundId refundId, Money amount, long version) {
}
