package com.shiftledger.api.wallet;

import com.shiftledger.api.money.Account;
import com.shiftledger.api.money.Money;
import com.shiftledger.api.money.TransactionCategory;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Moves money into the wallet from another account (an escrow paying out, a released refund); a repeated
 * {@code reference} moves nothing again. See {@link WalletCreditedEvent}.
 */
public record CreditWalletCommand(@TargetAggregateIdentifier WalletId walletId, Money amount, Account counterparty,
                                  TransactionCategory category, String reference, String description) {
}
