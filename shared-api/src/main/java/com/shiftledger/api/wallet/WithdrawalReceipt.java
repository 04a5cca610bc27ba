package com.shiftledger.api.wallet;

import com.shiftledger.api.money.Money;

/** What a withdrawal command answers: the withdrawal and the wallet's balances right after the step. */
public record WithdrawalReceipt(WalletId walletId, long withdrawalId, String transactionId, Money amount,
                                WithdrawalStatus status, Money balance, Money reserved, boolean repeated) {
}
