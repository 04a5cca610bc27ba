package com.shiftledger.api.ledger;

import com.shiftledger.api.money.Money;

import java.time.Instant;

/**
 * A wallet's balance and reserved amount at an instant, its user's referral coins then (a unit of their own), and how
 * many of its events were replayed to get them.
 */
public record WalletBalanceAt(long walletId, String account, Instant at, Money balance, Money reserved,
                              long eventsReplayed, long coins) {
}
