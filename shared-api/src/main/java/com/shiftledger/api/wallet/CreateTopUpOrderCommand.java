package com.shiftledger.api.wallet;

import com.shiftledger.api.money.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records a Razorpay order through which a hospital will top up its wallet; see {@link TopUpOrderCreatedEvent}. */
public record CreateTopUpOrderCommand(@TargetAggregateIdentifier WalletId walletId, String orderId, Money amount) {
}
