package com.shiftledger.api.wallet;

import com.shiftledger.api.money.Account;
import com.shiftledger.api.money.Money;
import com.shiftledger.api.money.TransactionCategory;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Pays money out of the wallet to another account (an escrow), or refuses when the wallet is short; the wallet
 * decides once per {@code reference} and answers the {@link DebitOutcome}. See {@link WalletDebitedEvent} and
 * {@link WalletDebitRefusedEvent}.
 */
public record DebitWalletCommand(@TargetAggregateIdentifier WalletId walletId, Money amount, Account counterparty,
                                 TransactionCategory category, String reference, String description) {
}
