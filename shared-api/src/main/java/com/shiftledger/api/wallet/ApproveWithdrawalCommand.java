package com.shiftledger.api.wallet;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An admin pays out a pending withdrawal; see {@link WithdrawalApprovedEvent}. */
public record ApproveWithdrawalCommand(@TargetAggregateIdentifier WalletId walletId, long withdrawalId,
                                       String remarks) {
}
