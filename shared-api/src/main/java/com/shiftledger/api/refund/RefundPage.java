package com.shiftledger.api.refund;

import com.shiftledger.api.money.Money;

import java.util.List;

/** One page of {@link RefundView}s, the number that matched, and the seed's summary over all the wallet's refunds. */
public record RefundPage(List<RefundView> items, long total, int page, int perPage, long totalPending,
                         Money totalPendingAmount, long totalCompleted, Money totalCompletedAmount) {
}
