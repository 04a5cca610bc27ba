package com.shiftledger.app.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;

/**
 * The platform's settings, bound once: {@code shiftledger.time-zone}, {@code shiftledger.fees.*} and
 * {@code shiftledger.refund.hold-period}. A value outside its range stops the start with a message naming the
 * setting, its value and the range.
 */
@ConfigurationProperties("shiftledger")
record PlatformProperties(@DefaultValue("Asia/Kolkata") ZoneId timeZone, @DefaultValue Fees fees,
                          @DefaultValue Refund refund) {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    static final Duration LONGEST_HOLD = Duration.ofDays(90);

    /** Percentages the platform charges, half-up to the paisa. */
    record Fees(@DefaultValue("10") BigDecimal serviceChargePercent, @DefaultValue("10") BigDecimal refundFeePercent) {

        Fees {
            requirePercent("shiftledger.fees.service-charge-percent", serviceChargePercent);
            requirePercent("shiftledger.fees.refund-fee-percent", refundFeePercent);
        }
    }

    /** How long a refund waits before it is credited. */
    record Refund(@DefaultValue("P7D") Duration holdPeriod) {

        Refund {
            if (holdPeriod.isNegative() || holdPeriod.isZero() || holdPeriod.compareTo(LONGEST_HOLD) > 0) {
                throw new IllegalArgumentException("shiftledger.refund.hold-period is " + holdPeriod
                        + "; it must be a positive ISO-8601 duration of at most " + LONGEST_HOLD + " (90 days)");
            }
        }
    }

    private static void requirePercent(String setting, BigDecimal value) {
        if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException(setting + " is " + value.toPlainString()
                    + "; it must be a percentage from 0 to 100");
        }
    }
}
