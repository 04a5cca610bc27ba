package com.shiftledger.api.wallet;

import com.shiftledger.api.money.Account;
import com.shiftledger.api.money.Money;
import com.shiftledger.api.money.TransactionCategory;

/**
 * The wallet refused to pay {@code amount} to {@code counterparty} under {@code reference}: it held only
 * {@code balance}. Nothing moved; a repeat of the reference is refused the same way. See {@link DebitOutcome}.
 */
public record WalletDebitRefusedEvent(WalletId walletId, Money amount, Account counterparty,
                                      TransactionCategory category, String reference, Money balance) {
}
