package com.shiftledger.api.platform;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.refund.RefundTerms;
import com.shiftledger.api.subscription.FreePlan;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

/**
 * What an admin changes in the platform's settings; a null field stays as it is. A free plan limit changes to the
 * {@link Limit}'s value, which may be null: unlimited.
 */
public record SettingsChanges(BigDecimal serviceChargePercent, BigDecimal refundFeePercent, Duration refundHoldPeriod,
                              List<SosTier> sosTiers, Money lowBalanceThreshold, Limit freePlanShiftLimit,
                              Limit freePlanSosLimit, Limit freePlanRosterLimit, Limit freePlanVacancyLimit) {

    /** A monthly limit set to {@code value} (null: unlimited). */
    public record Limit(Integer value) {
    }

    /** Changes that leave the free plan's roster and vacancy limits as they are. */
    public SettingsChanges(BigDecimal serviceChargePercent, BigDecimal refundFeePercent, Duration refundHoldPeriod,
                           List<SosTier> sosTiers, Money lowBalanceThreshold, Limit freePlanShiftLimit,
                           Limit freePlanSosLimit) {
        this(serviceChargePercent, refundFeePercent, refundHoldPeriod, sosTiers, lowBalanceThreshold,
                freePlanShiftLimit, freePlanSosLimit, null, null);
    }

    /** Changes that leave the free plan as it is. */
    public SettingsChanges(BigDecimal serviceChargePercent, BigDecimal refundFeePercent, Duration refundHoldPeriod,
                           List<SosTier> sosTiers, Money lowBalanceThreshold) {
        this(serviceChargePercent, refundFeePercent, refundHoldPeriod, sosTiers, lowBalanceThreshold, null, null,
                null, null);
    }

    /** Changes that leave the low-balance threshold as it is. */
    public SettingsChanges(BigDecimal serviceChargePercent, BigDecimal refundFeePercent, Duration refundHoldPeriod,
                           List<SosTier> sosTiers) {
        this(serviceChargePercent, refundFeePercent, refundHoldPeriod, sosTiers, null, null, null, null, null);
    }

    /** The terms as they are after these changes. */
    public PlatformTerms applyTo(PlatformTerms current) {
        RefundTerms refund = new RefundTerms(or(refundFeePercent, current.refund().feePercent()),
                or(refundHoldPeriod, current.refund().holdPeriod()));
        return new PlatformTerms(or(serviceChargePercent, current.serviceChargePercent()), refund,
                or(sosTiers, current.sosTiers()), or(lowBalanceThreshold, current.lowBalanceThreshold()),
                freePlan(current.freePlan()));
    }

    private FreePlan freePlan(FreePlan current) {
        if (freePlanShiftLimit == null && freePlanSosLimit == null && freePlanRosterLimit == null
                && freePlanVacancyLimit == null) {
            return current;
        }
        FreePlan base = current == null ? new FreePlan(null, null) : current;
        return new FreePlan(changed(freePlanShiftLimit, base.shiftLimit()), changed(freePlanSosLimit, base.sosLimit()),
                changed(freePlanRosterLimit, base.rosterLimit()), changed(freePlanVacancyLimit, base.vacancyLimit()));
    }

    private static Integer changed(Limit change, Integer current) {
        return change != null ? change.value() : current;
    }

    private static <T> T or(T changed, T current) {
        return changed != null ? changed : current;
    }
}
