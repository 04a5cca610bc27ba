package com.shiftledger.command.shift;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;

/**
 * Platform settings a shift is priced and scheduled with: {@code shiftledger.time-zone} (dates and times the
 * hospital enters), {@code shiftledger.fees.service-charge-percent} and {@code .refund-fee-percent}, and
 * {@code shiftledger.refund.hold-period}.
 */
@ConfigurationProperties("shiftledger")
record ShiftSettings(@DefaultValue("Asia/Kolkata") ZoneId timeZone, @DefaultValue Fees fees,
                     @DefaultValue Refund refund) {

    /** Percentages the platform charges, half-up to the paisa. */
    record Fees(@DefaultValue("10") BigDecimal serviceChargePercent, @DefaultValue("10") BigDecimal refundFeePercent) {
    }

    /** How long a refund waits before it is credited. */
    record Refund(@DefaultValue("P7D") Duration holdPeriod) {
    }
}
