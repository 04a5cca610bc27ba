package com.shiftledger.api.shift;

import com.shiftledger.api.money.Money;

/**
 * What a shift costs: per position the professional's pay, the platform's service charge and their sum (the
 * facility pay); and the total for all positions, which is what the hospital's wallet funds.
 */
public record ShiftPrice(Money professionalPay, Money serviceCharge, Money facilityPay, Money total) {
}
