package com.shiftledger.api.ledger;

import com.shiftledger.api.money.Money;

/** The platform's money at a glance: what wallets hold, what came in and went out, what waits for approval. */
public record FinanceOverview(Money hospitalWalletsBalance, Money professionalWalletsBalance, Money totalTopups,
                              Money topupsThisMonth, Money totalWithdrawalsPaid, long pendingWithdrawalsCount,
                              Money pendingWithdrawalsAmount, Money platformRevenue, Money revenueThisMonth,
                              Money shiftEscrowBalance, Money pendingRefundsBalance, long transactionsCount) {
}
