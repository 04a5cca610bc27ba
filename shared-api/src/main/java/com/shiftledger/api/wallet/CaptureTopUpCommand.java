package com.shiftledger.api.wallet;

import com.shiftledger.api.money.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Credits the wallet with the amount of a paid order, once per order whichever channel comes first;
 * see {@link TopUpCapturedEvent}. The signature has been verified before the command is sent. A
 * {@code claimedAmount} (the app's, optional) must be the order's; the order's amount is what is credited.
 */
public record CaptureTopUpCommand(@TargetAggregateIdentifier WalletId walletId, String orderId, String paymentId,
                                  TopUpChannel channel, Money claimedAmount) {
}
