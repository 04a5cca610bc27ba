package com.shiftledger.api.subscription;

import java.time.Instant;

/** The claim of {@code reference} is given back: its thing was never made, and it no longer counts. */
public record MonthlyUseReleasedEvent(MonthlyUsageId usageId, MonthlyUse use, String reference, Instant at) {
}
