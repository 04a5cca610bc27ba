package com.shiftledger.api.wallet;

import com.shiftledger.api.money.Money;

import java.time.Instant;

/** One line of a wallet's history: a posting seen from the wallet, {@code credit} or {@code debit}. */
public record TransactionView(String transactionId, String type, String category, Money amount, String status,
                              Money balanceAfter, String referenceType, String referenceId, String description,
                              Instant createdAt) {
}
