package com.shiftledger.api.wallet;

import com.shiftledger.api.money.Money;

/**
 * What a wallet command answers: the transaction it recorded (or had already recorded for the same
 * reference, {@code repeated}), the balance right after that transaction, and the wallet's balances now.
 */
public record TransactionReceipt(WalletId walletId, String transactionId, Money amount, Money balanceAfter,
                                 Money balance, Money reserved, boolean repeated) {
}
