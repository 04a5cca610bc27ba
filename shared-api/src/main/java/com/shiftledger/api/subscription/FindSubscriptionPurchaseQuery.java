package com.shiftledger.api.subscription;

/** The purchase made under {@code paymentReference}, or null while the read side does not know it. */
public record FindSubscriptionPurchaseQuery(String paymentReference) {
}
