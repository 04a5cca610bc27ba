package com.shiftledger.api.subscription;

/** A claim of one of a month's uses as the read side knows it: still counting, or given back. */
public record MonthlyUseView(MonthlyUsageId usageId, MonthlyUse use, String reference, boolean released) {
}
