package com.shiftledger.command.virtualaccount;

import com.razorpay.Customer;
import com.razorpay.Order;
import com.razorpay.Payment;
import com.razorpay.RazorpayClient;
import com.razorpay.RazorpayException;
import com.razorpay.Token;
import com.razorpay.VirtualAccount;
import com.shiftledger.api.money.Money;
import com.shiftledger.api.virtualaccount.ReceivingAccount;
import com.shiftledger.command.wallet.PaymentGatewayUnavailableException;
import com.shiftledger.command.wallet.RazorpayProperties;
import org.json.JSONArray;
import org.json.JSONObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.SecureRandom;
import java.util.Optional;

/**
 * {@link SmartCollect} through the Razorpay Java SDK ({@code virtualAccounts}, {@code customers}, {@code orders},
 * {@code payments.createRecurringPayment}). In offline mode (no key id) the ids are made here ({@code va_},
 * {@code order_} and 14 letters and digits) and nothing leaves the machine; no payment is made, Razorpay's
 * confirmation is the signed {@code payment.captured} webhook of the order, as it is live.
 */
class RazorpaySmartCollect implements SmartCollect {

    private static final Logger log = LoggerFactory.getLogger(RazorpaySmartCollect.class);
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final int ID_LENGTH = 14;
    /** The IFSC and bank of the accounts Razorpay's Smart Collect opens in test mode; offline accounts use them. */
    static final String OFFLINE_IFSC = "RATN0VAAPIS";
    static final String OFFLINE_BANK = "RBL Bank";

    private final SecureRandom random = new SecureRandom();
    private final RazorpayClient client;

    RazorpaySmartCollect(RazorpayProperties properties) throws RazorpayException {
        this.client = properties.isOffline() ? null : new RazorpayClient(properties.keyId(), properties.keySecret());
    }

    @Override
    public ReceivingAccount openVirtualAccount(String name, long hospitalId, long virtualAccountId) {
        if (client == null) {
            return new ReceivingAccount(localId("va_"), localAccountNumber(), OFFLINE_IFSC, OFFLINE_BANK, name);
        }
        JSONObject request = new JSONObject();
        request.put("receivers", new JSONObject().put("types", new JSONArray().put("bank_account")));
        request.put("description", name);
        request.put("notes", new JSONObject().put("hospital_id", String.valueOf(hospitalId))
                .put("virtual_account_id", String.valueOf(virtualAccountId)));
        try {
            VirtualAccount account = client.virtualAccounts.create(request);
            JSONObject created = account.toJson();
            JSONObject bankAccount = bankAccountOf(created);
            return new ReceivingAccount(created.getString("id"), bankAccount.optString("account_number", null),
                    bankAccount.optString("ifsc", null), bankAccount.optString("bank_name", null),
                    bankAccount.optString("name", name));
        } catch (RazorpayException | RuntimeException e) {
            throw new PaymentGatewayUnavailableException("Razorpay could not create the virtual account", e);
        }
    }

    @Override
    public void closeVirtualAccount(String razorpayId) {
        if (client == null) {
            return;
        }
        try {
            client.virtualAccounts.close(razorpayId);
        } catch (RazorpayException | RuntimeException e) {
            log.warn("Razorpay virtual account {} was not closed; close it on the dashboard: {}", razorpayId,
                    e.getMessage());
        }
    }

    @Override
    public Optional<String> mandateProblem(String customerId, String tokenId, Money maxAmount) {
        if (client == null) {
            return Optional.empty();
        }
        try {
            Token token = client.customers.fetchToken(customerId, tokenId);
            JSONObject details = token.toJson().optJSONObject("recurring_details");
            String status = details == null ? "" : details.optString("status", "");
            if (!"confirmed".equals(status)) {
                return Optional.of("The mandate is not confirmed by Razorpay (its status is '" + status + "').");
            }
            long tokenMax = token.toJson().optLong("max_amount", Long.MAX_VALUE);
            if (maxAmount != null && tokenMax < maxAmount.paise()) {
                return Optional.of("The mandate max amount is above what the customer authorised ("
                        + Money.ofPaise(tokenMax).toRupees() + ").");
            }
            return Optional.empty();
        } catch (RazorpayException e) {
            return Optional.of("Razorpay does not know this customer's token: " + e.getMessage());
        }
    }

    @Override
    public MandateCharge chargeMandate(Money amount, String receipt, String customerId, String tokenId,
                                       long hospitalId) {
        if (client == null) {
            return new MandateCharge(localId("order_"), null);
        }
        try {
            JSONObject orderRequest = new JSONObject();
            orderRequest.put("amount", amount.paise());
            orderRequest.put("currency", "INR");
            orderRequest.put("receipt", receipt);
            orderRequest.put("payment_capture", true);
            orderRequest.put("notes", new JSONObject().put("hospital_id", String.valueOf(hospitalId)));
            Order order = client.orders.create(orderRequest);
            String orderId = order.get("id");
            // the customer's email and contact stay with Razorpay rather than in the event store
            Customer customer = client.customers.fetch(customerId);
            JSONObject payment = new JSONObject();
            payment.put("email", customer.toJson().optString("email", ""));
            payment.put("contact", customer.toJson().optString("contact", ""));
            payment.put("amount", amount.paise());
            payment.put("currency", "INR");
            payment.put("order_id", orderId);
            payment.put("customer_id", customerId);
            payment.put("token", tokenId);
            payment.put("recurring", "1");
            payment.put("description", "ShiftLedger wallet top-up");
            Payment created = client.payments.createRecurringPayment(payment);
            return new MandateCharge(orderId, created.toJson().optString("razorpay_payment_id",
                    created.toJson().optString("id", null)));
        } catch (RazorpayException | RuntimeException e) {
            throw new PaymentGatewayUnavailableException("Razorpay could not charge the mandate", e);
        }
    }

    private static JSONObject bankAccountOf(JSONObject virtualAccount) {
        JSONArray receivers = virtualAccount.optJSONArray("receivers");
        if (receivers != null) {
            for (int i = 0; i < receivers.length(); i++) {
                JSONObject receiver = receivers.getJSONObject(i);
                if ("bank_account".equals(receiver.optString("entity"))) {
                    return receiver;
                }
            }
        }
        return new JSONObject();
    }

    private String localId(String prefix) {
        StringBuilder id = new StringBuilder(prefix);
        for (int i = 0; i < ID_LENGTH; i++) {
            id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return id.toString();
    }

    private String localAccountNumber() {
        StringBuilder number = new StringBuilder("2223330");
        for (int i = 0; i < 9; i++) {
            number.append(random.nextInt(10));
        }
        return number.toString();
    }
}
