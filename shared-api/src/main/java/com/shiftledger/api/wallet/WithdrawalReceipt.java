package com.shiftledger.api.wallet;

import com.shiftledger.api.money.Money;

/**
 * What a withdrawal command answers: the withdrawal, the wallet's balances right after the step, and the wallet's
 * version after it (see {@link TransactionReceipt}).
 */
public record WithdrawalReceipt(WalletId walletId, long withdrawalId, String transactionId, Money amount,
                                WithdrawalStatus status, Money balance, Money reserved, boolean repeated,
                                long walletVersion) {
}
