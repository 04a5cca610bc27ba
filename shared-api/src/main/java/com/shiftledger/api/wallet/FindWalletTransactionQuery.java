package com.shiftledger.api.wallet;

/**
 * Asks for one wallet transaction by its {@code TXN-...} id: answered with its {@link TransactionView}, or null
 * until the read side has projected it (as a subscription query, updated once it has).
 */
public record FindWalletTransactionQuery(String transactionId) {
}
