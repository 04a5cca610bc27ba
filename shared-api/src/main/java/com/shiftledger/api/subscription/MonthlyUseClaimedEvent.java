package com.shiftledger.api.subscription;

import java.time.Instant;

/** One of the month's {@code use} is taken by {@code reference}; it counts against the plan's monthly limit. */
public record MonthlyUseClaimedEvent(MonthlyUsageId usageId, MonthlyUse use, String reference, Instant at) {
}
