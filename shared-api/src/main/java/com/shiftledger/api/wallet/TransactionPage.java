package com.shiftledger.api.wallet;

import java.util.List;

/** One page of {@link TransactionView}s and the number of transactions that matched in all. */
public record TransactionPage(List<TransactionView> items, long total, int page, int perPage) {
}
