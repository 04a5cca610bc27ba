package com.shiftledger.api.ledger;

import com.shiftledger.api.wallet.WalletId;

import java.time.Instant;

/**
 * Asks for a wallet's statement replayed from the event store over the half-open period [from, to) (either may be
 * null for an open end); answered with a {@link WalletStatement}, or none when the wallet has no events.
 */
public record FindWalletStatementQuery(WalletId walletId, Instant from, Instant to) {
}
