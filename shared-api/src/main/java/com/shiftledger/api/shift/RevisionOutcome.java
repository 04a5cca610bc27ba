package com.shiftledger.api.shift;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.refund.RefundId;

/**
 * What a revision of a shift needs or did: a funding to be paid from the wallet, or escrow released into a
 * refund (with the fee kept), or neither.
 */
public record RevisionOutcome(FundingRequest funding, RefundId refundId, Money released, Money fee, Money refund) {

    public static RevisionOutcome none() {
        return new RevisionOutcome(null, null, null, null, null);
    }
}
