package com.shiftledger.api.wallet;

import com.shiftledger.api.money.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Reserves an amount of the wallet for a payout an admin must approve; see {@link WithdrawalRequestedEvent}.
 * The payout destination is named by its reference ({@code destinationId}, see {@link PayoutDestination}): the
 * bank or UPI details themselves are personal data and never enter the event store. A repeated {@code reference}
 * answers with the withdrawal it already created.
 */
public record RequestWithdrawalCommand(@TargetAggregateIdentifier WalletId walletId, long withdrawalId, Money amount,
                                       PayoutMethod method, String destinationId, String reference) {
}
