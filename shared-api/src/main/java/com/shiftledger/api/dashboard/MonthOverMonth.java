package com.shiftledger.api.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A figure of this month and of the month before it (months of the platform's calendar), and the growth of one over
 * the other; used for the registrations and the revenue of {@link PlatformFigures}.
 */
public record MonthOverMonth(long thisMonth, long lastMonth) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * The change from last month to this month in percent of last month, rounded half-up to a whole number; null
     * when last month is 0 (no growth can be said of nothing).
     */
    public Integer growthPercent() {
        if (lastMonth == 0) {
            return null;
        }
        return BigDecimal.valueOf(thisMonth - lastMonth).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(lastMonth), 0, RoundingMode.HALF_UP).intValueExact();
    }
}
