package com.shiftledger.api.ledger;

import com.shiftledger.api.wallet.WalletId;

import java.time.Instant;

/** Asks for a wallet's balance at a past instant, replayed from the event store; answered with a {@link WalletBalanceAt}. */
public record FindWalletBalanceAtQuery(WalletId walletId, Instant at) {
}
