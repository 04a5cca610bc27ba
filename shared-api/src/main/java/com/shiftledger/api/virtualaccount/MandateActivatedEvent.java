package com.shiftledger.api.virtualaccount;

import com.shiftledger.api.money.Money;

import java.time.Instant;

/**
 * The platform may now top the hospital's wallet up through its Razorpay recurring token, up to {@code maxAmount}
 * a top-up ({@link TopUpThroughMandateCommand}); a later activation replaces this one. See
 * {@link ActivateMandateCommand}.
 */
public record MandateActivatedEvent(VirtualAccountId virtualAccountId, long hospitalId, String customerId,
                                    String tokenId, Money maxAmount, long adminUserId, Instant at) {
}
