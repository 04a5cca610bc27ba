package com.shiftledger.command.wallet;

import com.razorpay.Order;
import com.razorpay.RazorpayClient;
import com.razorpay.RazorpayException;
import com.razorpay.Utils;
import com.shiftledger.api.money.Money;
import org.json.JSONObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * {@link PaymentGateway} through the Razorpay Java SDK. In offline mode the order id is made here
 * ({@code order_} and 14 letters and digits) and no request leaves the machine.
 */
class RazorpayPaymentGateway implements PaymentGateway {

    private static final Logger log = LoggerFactory.getLogger(RazorpayPaymentGateway.class);
    private static final String ORDER_ID_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final int ORDER_ID_LENGTH = 14;

    private final RazorpayProperties properties;
    private final String keySecret;
    private final SecureRandom random = new SecureRandom();
    private final RazorpayClient client;

    RazorpayPaymentGateway(RazorpayProperties properties) throws RazorpayException {
        this.properties = properties;
        this.keySecret = keySecretOf(properties);
        this.client = properties.isOffline() ? null : new RazorpayClient(properties.keyId(), keySecret);
    }

    private String keySecretOf(RazorpayProperties properties) {
        if (properties.keySecret() != null && !properties.keySecret().isBlank()) {
            return properties.keySecret();
        }
        if (!properties.isOffline()) {
            throw new IllegalStateException("shiftledger.razorpay.key-secret is required when a key id is set");
        }
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        log.warn("Razorpay offline mode without shiftledger.razorpay.key-secret: payment signatures are checked "
                + "against a secret generated for this run only");
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public String createOrder(Money amount, String receipt) {
        if (client == null) {
            return offlineOrderId();
        }
        JSONObject request = new JSONObject();
        request.put("amount", amount.paise());
        request.put("currency", "INR");
        request.put("receipt", receipt);
        try {
            Order order = client.orders.create(request);
            return order.get("id");
        } catch (RazorpayException e) {
            throw new PaymentGatewayUnavailableException("Razorpay could not create the order", e);
        }
    }

    @Override
    public boolean isPaymentSignatureValid(String orderId, String paymentId, String signature) {
        JSONObject attributes = new JSONObject();
        attributes.put("razorpay_order_id", orderId);
        attributes.put("razorpay_payment_id", paymentId);
        attributes.put("razorpay_signature", signature);
        try {
            return Utils.verifyPaymentSignature(attributes, keySecret);
        } catch (RazorpayException e) {
            return false;
        }
    }

    @Override
    public boolean isWebhookSignatureValid(String payload, String signature) {
        String secret = properties.webhookSecret();
        if (secret == null || secret.isBlank() || signature == null || signature.isBlank()) {
            return false;
        }
        try {
            return Utils.verifyWebhookSignature(payload, signature, secret);
        } catch (RazorpayException e) {
            return false;
        }
    }

    @Override
    public String keyId() {
        return properties.isOffline() ? null : properties.keyId();
    }

    private String offlineOrderId() {
        StringBuilder id = new StringBuilder("order_");
        for (int i = 0; i < ORDER_ID_LENGTH; i++) {
            id.append(ORDER_ID_ALPHABET.charAt(random.nextInt(ORDER_ID_ALPHABET.length())));
        }
        return id.toString();
    }
}
