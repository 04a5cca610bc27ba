package com.shiftledger.api.wallet;

import com.shiftledger.api.money.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The first of the two verify steps: the app says it has started paying an order; a pending transaction is
 * shown ({@link TopUpPendingEvent}). The claimed amount must be the order's.
 */
public record MarkTopUpPendingCommand(@TargetAggregateIdentifier WalletId walletId, String orderId,
                                      Money claimedAmount) {
}
