package com.shiftledger.api.shift;

import com.shiftledger.api.money.Money;

/**
 * What the work of one position earns (see {@link ShiftTerms#payForWork(long, long)}): the minutes worked, the
 * minutes paid (never more than scheduled), the professional's pay and the platform's service charge on it.
 */
public record WorkPay(long minutesWorked, long minutesPaid, Money professionalPay, Money serviceCharge) {

    /** What the position takes out of the shift's escrow. */
    public Money total() {
        return professionalPay.plus(serviceCharge);
    }
}
