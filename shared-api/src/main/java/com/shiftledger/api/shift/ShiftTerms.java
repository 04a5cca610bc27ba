package com.shiftledger.api.shift;

import com.shiftledger.api.money.Money;

import java.math.BigDecimal;

/**
 * The pay of a shift: pay type and rate, positions, and the service charge percentage fixed when the shift
 * was created. {@link #price(long)} computes what it costs.
 */
public record ShiftTerms(PayType payType, Money payRate, int positions, BigDecimal serviceChargePercent) {

    public ShiftTerms {
        if (positions < 1) {
            throw new IllegalArgumentException("A shift has at least one position");
        }
    }

    /** The price of these terms for a shift of the given length (hourly pay is per scheduled minute). */
    public ShiftPrice price(long scheduledMinutes) {
        Money professionalPay = professionalPayFor(scheduledMinutes);
        Money serviceCharge = professionalPay.percent(serviceChargePercent);
        Money facilityPay = professionalPay.plus(serviceCharge);
        return new ShiftPrice(professionalPay, serviceCharge, facilityPay, facilityPay.times(positions));
    }

    /** The professional's pay for work of the given length (fixed pay does not depend on it). */
    public Money professionalPayFor(long minutesWorked) {
        return payType == PayType.FIXED ? payRate : payRate.perHourFor(minutesWorked);
    }

    public ShiftTerms withPositions(int newPositions) {
        return new ShiftTerms(payType, payRate, newPositions, serviceChargePercent);
    }
}
