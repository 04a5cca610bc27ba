package com.shiftledger.api.virtualaccount;

import com.shiftledger.api.money.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Razorpay confirmed (a signed {@code payment.captured}) the payment {@code paymentId} of a mandate top-up's order,
 * of {@code capturedAmount}; see {@link MandateTopUpConfirmedEvent}. A repeat confirms nothing again.
 */
public record ConfirmMandateTopUpCommand(@TargetAggregateIdentifier VirtualAccountId virtualAccountId,
                                         String orderId, String paymentId, Money capturedAmount) {
}
