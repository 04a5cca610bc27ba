package com.shiftledger.api.virtualaccount;

import com.shiftledger.api.money.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Tops the hospital's wallet up through its active mandate: a recurring-payment order of {@code amount} (capped at
 * the mandate's maximum) is created with Razorpay and recorded pending; the wallet is credited only once Razorpay
 * confirms it ({@link ConfirmMandateTopUpCommand}). The same {@code triggerReference} (what caused the top-up, for
 * example a low-balance alert) creates one order however often it is sent. Answers a {@link MandateTopUpReceipt};
 * see {@link MandateTopUpOrderedEvent}.
 */
public record TopUpThroughMandateCommand(@TargetAggregateIdentifier VirtualAccountId virtualAccountId, Money amount,
                                         String triggerReference) {
}
