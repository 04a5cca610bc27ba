package com.shiftledger.api.wallet;

import com.shiftledger.api.money.Money;

/**
 * What a wallet command answers: the transaction it recorded (or had already recorded for the same
 * reference, {@code repeated}), the balance right after that transaction, the wallet's balances now, and the
 * wallet's version after the transaction (the sequence number of its event, which the read side reports once it
 * has projected it).
 */
public record TransactionReceipt(WalletId walletId, String transactionId, Money amount, Money balanceAfter,
                                 Money balance, Money reserved, boolean repeated, long walletVersion) {
}
