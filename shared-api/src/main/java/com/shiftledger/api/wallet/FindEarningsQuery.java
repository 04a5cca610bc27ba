package com.shiftledger.api.wallet;

import java.time.YearMonth;

/**
 * Asks for what a professional's wallet earned (shift pay and emergency extra pay): in all, in each of the
 * {@code months} months up to {@code currentMonth} in the platform's {@code timeZone}, and the balance now;
 * answered with an {@link EarningsSummary}.
 */
public record FindEarningsQuery(WalletId walletId, YearMonth currentMonth, String timeZone, int months) {
}
