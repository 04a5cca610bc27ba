package com.shiftledger.api.shift;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.platform.PlatformTerms;
import com.shiftledger.api.refund.RefundTerms;

import java.math.BigDecimal;

/**
 * The pay of a shift: pay type and rate, positions, and the platform's terms fixed when the shift was created
 * (the service charge percentage and the {@link RefundTerms}). It prices the whole shift ({@link #price(long)})
 * and the work of one position ({@link #payForWork(long, long)}).
 */
public record ShiftTerms(PayType payType, Money payRate, int positions, BigDecimal serviceChargePercent,
                         RefundTerms refund) {

    public ShiftTerms {
        if (positions < 1) {
            throw new IllegalArgumentException("A shift has at least one position");
        }
        if (refund == null) {
            throw new IllegalArgumentException("A shift keeps the refund terms it was created with");
        }
    }

    /** New terms of a shift created now, under the platform's terms in force. */
    public static ShiftTerms of(PayType payType, Money payRate, int positions, PlatformTerms platform) {
        return new ShiftTerms(payType, payRate, positions, platform.serviceChargePercent(), platform.refund());
    }

    /** The price of these terms for a shift of the given length (hourly pay is per scheduled minute). */
    public ShiftPrice price(long scheduledMinutes) {
        Money professionalPay = professionalPayFor(scheduledMinutes);
        Money serviceCharge = professionalPay.percent(serviceChargePercent);
        Money facilityPay = professionalPay.plus(serviceCharge);
        return new ShiftPrice(professionalPay, serviceCharge, facilityPay, facilityPay.times(positions));
    }

    /**
     * What one position earns for {@code minutesWorked} on a shift scheduled for {@code scheduledMinutes}: hourly
     * pay counts the minutes worked up to the scheduled ones, fixed pay does not depend on them; the service charge
     * is taken on that pay.
     */
    public WorkPay payForWork(long minutesWorked, long scheduledMinutes) {
        long worked = Math.max(0, minutesWorked);
        long paid = Math.min(worked, scheduledMinutes);
        Money professionalPay = professionalPayFor(paid);
        return new WorkPay(worked, paid, professionalPay, professionalPay.percent(serviceChargePercent));
    }

    public ShiftTerms with(PayType newPayType, Money newPayRate, int newPositions) {
        return new ShiftTerms(newPayType, newPayRate, newPositions, serviceChargePercent, refund);
    }

    public ShiftTerms withPositions(int newPositions) {
        return new ShiftTerms(payType, payRate, newPositions, serviceChargePercent, refund);
    }

    private Money professionalPayFor(long minutes) {
        return payType == PayType.FIXED ? payRate : payRate.perHourFor(minutes);
    }
}
