package com.shiftledger.api.wallet;

import java.util.List;

/** A wallet's balances and its latest transactions, newest first: what its owner's app shows first. */
public record WalletSummary(WalletView wallet, List<TransactionView> recentTransactions) {
}
