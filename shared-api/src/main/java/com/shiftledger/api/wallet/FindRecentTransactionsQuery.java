package com.shiftledger.api.wallet;

/**
 * Asks for a wallet's latest transactions, newest first, at most {@code count} of them and without counting the
 * rest (a wallet's summary shows them); answered with {@link RecentTransactions}.
 */
public record FindRecentTransactionsQuery(WalletId walletId, int count) {
}
