package com.shiftledger.api.wallet;

/** Asks for a wallet's balances; answered with a {@link WalletView}. */
public record FindWalletQuery(WalletId walletId) {
}
