package com.shiftledger.api.subscription;

/** How many of {@code use} the hospital has claimed (and not given back) in the month; answers a {@code Long}. */
public record CountMonthlyUsesQuery(MonthlyUsageId usageId, MonthlyUse use) {
}
