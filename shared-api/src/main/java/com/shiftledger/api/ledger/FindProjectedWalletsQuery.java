package com.shiftledger.api.ledger;

/**
 * Asks the wallet read model for every wallet's balance and the version it shows it at; see
 * {@link ProjectedWallets}.
 */
public record FindProjectedWalletsQuery() {
}
