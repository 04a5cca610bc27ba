package com.shiftledger.api.subscription;

/** The claim of {@code reference} in the month, or null while the read side does not know it. */
public record FindMonthlyUseQuery(MonthlyUsageId usageId, MonthlyUse use, String reference) {
}
