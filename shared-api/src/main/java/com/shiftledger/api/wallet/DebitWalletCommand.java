package com.shiftledger.api.wallet;

import com.shiftledger.api.money.Account;
import com.shiftledger.api.money.Money;
import com.shiftledger.api.money.TransactionCategory;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Moves money out of the wallet to another account (an escrow, a refund), refused when the wallet is short;
 * a repeated {@code reference} moves nothing again. See {@link WalletDebitedEvent}.
 */
public record DebitWalletCommand(@TargetAggregateIdentifier WalletId walletId, Money amount, Account counterparty,
                                 TransactionCategory category, String reference, String description) {
}
