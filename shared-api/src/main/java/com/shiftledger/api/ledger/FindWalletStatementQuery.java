package com.shiftledger.api.ledger;

import com.shiftledger.api.wallet.WalletId;

import java.time.Instant;

/**
 * Asks for a wallet's statement replayed from the event store between two instants (either may be null);
 * answered with a {@link WalletStatement}, or none when the wallet has no events.
 */
public record FindWalletStatementQuery(WalletId walletId, Instant from, Instant to) {
}
