package com.shiftledger.api.ledger;

import com.shiftledger.api.money.Money;

import java.time.Instant;
import java.util.List;

/**
 * A wallet's movements as the event store holds them, each with the balance after it and a link of a hash
 * chain: every entry's hash covers the previous hash and the entry, so an auditor can check the statement
 * offline ({@link StatementChain}). {@code openingHash} is the hash of the entry before the first one shown
 * ({@link StatementChain#GENESIS} before the wallet's first), {@code closingHash} that of the last one shown.
 */
public record WalletStatement(long walletId, String account, Instant from, Instant to, Money openingBalance,
                              Money closingBalance, String openingHash, String closingHash, List<Entry> entries) {

    /** One movement of the wallet's account. */
    public record Entry(long sequence, Instant occurredAt, String eventType, String transactionId, String type,
                        String category, Money amount, Money balanceAfter, String counterparty, String reference,
                        String hash) {
    }
}
