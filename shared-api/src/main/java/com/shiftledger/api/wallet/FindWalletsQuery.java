package com.shiftledger.api.wallet;

/** Asks for every wallet's balances, for the audit; answered with a {@link WalletList}. */
public record FindWalletsQuery() {
}
