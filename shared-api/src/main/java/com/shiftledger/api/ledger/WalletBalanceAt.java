package com.shiftledger.api.ledger;

import com.shiftledger.api.money.Money;

import java.time.Instant;

/** A wallet's balance and reserved amount at an instant, and how many of its events were replayed to get them. */
public record WalletBalanceAt(long walletId, String account, Instant at, Money balance, Money reserved,
                              long eventsReplayed) {
}
