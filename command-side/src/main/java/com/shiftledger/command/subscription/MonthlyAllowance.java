package com.shiftledger.command.subscription;

import java.time.Instant;

/**
 * How much of a monthly limit a hospital has used this month in the platform's time zone, and when it starts
 * again; {@code limit} and {@code remaining} are {@code null} when the plan in force sets no limit.
 */
public record MonthlyAllowance(long used, Integer limit, Long remaining, Instant resetsAt) {

    static MonthlyAllowance of(long used, Integer limit, Instant resetsAt) {
        return new MonthlyAllowance(used, limit, limit == null ? null : Math.max(0, limit - used), resetsAt);
    }
}
