package com.shiftledger.api.wallet;

/**
 * Asks for a wallet's balances and its latest transactions, newest first, at most {@code recentTransactions} of
 * them (the rest are not counted); answered with a {@link WalletSummary}, or null when the wallet is not known.
 */
public record FindWalletSummaryQuery(WalletId walletId, int recentTransactions) {
}
