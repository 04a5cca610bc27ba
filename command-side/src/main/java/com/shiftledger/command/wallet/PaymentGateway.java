package com.shiftledger.command.wallet;

import com.shiftledger.api.money.Money;

/** The payment provider as the wallet needs it: create an order, and check the signatures of what it sends back. */
public interface PaymentGateway {

    /** Creates an order for exactly {@code amount} and answers its id ({@code order_...}). */
    String createOrder(Money amount, String receipt);

    boolean isPaymentSignatureValid(String orderId, String paymentId, String signature);

    boolean isWebhookSignatureValid(String payload, String signature);

    /** The public key id the app needs for its checkout; null in offline mode. */
    String keyId();
}
