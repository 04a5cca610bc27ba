package com.shiftledger.api.platform;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.refund.RefundTerms;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

/** What an admin changes in the platform's settings; a null field stays as it is. */
public record SettingsChanges(BigDecimal serviceChargePercent, BigDecimal refundFeePercent, Duration refundHoldPeriod,
                              List<SosTier> sosTiers, Money lowBalanceThreshold) {

    /** Changes that leave the low-balance threshold as it is. */
    public SettingsChanges(BigDecimal serviceChargePercent, BigDecimal refundFeePercent, Duration refundHoldPeriod,
                           List<SosTier> sosTiers) {
        this(serviceChargePercent, refundFeePercent, refundHoldPeriod, sosTiers, null);
    }

    /** The terms as they are after these changes. */
    public PlatformTerms applyTo(PlatformTerms current) {
        RefundTerms refund = new RefundTerms(or(refundFeePercent, current.refund().feePercent()),
                or(refundHoldPeriod, current.refund().holdPeriod()));
        return new PlatformTerms(or(serviceChargePercent, current.serviceChargePercent()), refund,
                or(sosTiers, current.sosTiers()), or(lowBalanceThreshold, current.lowBalanceThreshold()));
    }

    private static <T> T or(T changed, T current) {
        return changed != null ? changed : current;
    }
}
