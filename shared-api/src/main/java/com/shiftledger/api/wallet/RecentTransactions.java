package com.shiftledger.api.wallet;

import java.util.List;

/** A wallet's latest transactions, newest first; the answer to {@link FindRecentTransactionsQuery}. */
public record RecentTransactions(List<TransactionView> items) {
}
