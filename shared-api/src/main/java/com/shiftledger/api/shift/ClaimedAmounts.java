package com.shiftledger.api.shift;

import com.shiftledger.api.money.Money;

/**
 * Amounts a client computed for a shift change ({@code facility_pay} and {@code service_charge_amount} per
 * position, {@code extra_amount_to_pay}, {@code amount_to_refund}); never trusted, only compared with the
 * server's own: a mismatch is refused.
 */
public record ClaimedAmounts(Money facilityPay, Money serviceChargeAmount, Money extraAmountToPay,
                             Money amountToRefund) {

    public static ClaimedAmounts none() {
        return new ClaimedAmounts(null, null, null, null);
    }
}
