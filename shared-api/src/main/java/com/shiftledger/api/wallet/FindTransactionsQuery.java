package com.shiftledger.api.wallet;

/**
 * Asks for one page of transactions, newest first: of one wallet, or of every wallet when
 * {@code walletId} is null (the admin's view). Answered with a {@link TransactionPage}.
 */
public record FindTransactionsQuery(WalletId walletId, TransactionFilter filter, int page, int perPage) {
}
