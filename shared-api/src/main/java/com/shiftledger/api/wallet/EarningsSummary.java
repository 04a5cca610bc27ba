package com.shiftledger.api.wallet;

import com.shiftledger.api.money.Money;

import java.time.YearMonth;
import java.util.List;

/**
 * What a professional's wallet earned: in all, this month and last month, month by month newest first, and
 * the wallet's balance; the answer to {@link FindEarningsQuery}.
 */
public record EarningsSummary(Money totalEarnings, Money thisMonth, Money lastMonth,
                              List<MonthlyEarnings> monthlyBreakdown, Money walletBalance) {

    /** What was earned in one calendar month of the platform's time zone. */
    public record MonthlyEarnings(YearMonth month, Money earnings) {
    }
}
