package com.shiftledger.command.wallet;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.rejection.RejectedException;
import com.shiftledger.api.wallet.TopUpCapturedEvent;
import com.shiftledger.api.wallet.TopUpOrderCreatedEvent;
import com.shiftledger.api.wallet.WalletId;
import io.swagger.v3.oas.annotations.Hidden;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.PropertyResolver;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.regex.Pattern;

/**
 * A stand-in for Razorpay's checkout on the offline embedded default, so a top-up can be completed without Razorpay:
 * {@code GET /dev/checkout/{order_id}} shows the order on a page marked as a test, and
 * {@code POST /dev/checkout/{order_id}/pay} signs a made-up payment exactly as Razorpay would (hex HMAC-SHA256 of
 * {@code order_id|payment_id} with the configured key secret) and answers the body that
 * {@code POST /api/v1/hospital/wallet/verify-topup-payment} expects. It only signs; crediting the wallet is still the
 * hospital's verify call. It exists only in offline mode (no key id) with {@code shiftledger.razorpay.offline-checkout}
 * on (the embedded default; off with {@code postgres}); without a configured key secret the application makes one per
 * run for it ({@code com.shiftledger.app.config.OfflineRazorpaySecret}).
 *
 * <p>It lives beside the wallet because it reads the wallet's own order directory ({@link WalletLookup}) and the
 * order from the wallet's events, and feeds the verify endpoint of {@link HospitalWalletController}.
 */
@RestController
@RequestMapping("/dev/checkout")
@Conditional(OfflineCheckoutController.Enabled.class)
@Hidden
class OfflineCheckoutController {

    static final String ENABLED_PROPERTY = "shiftledger.razorpay.offline-checkout";
    static final String ALREADY_PAID = "This order is already paid.";
    private static final Pattern ORDER_ID = Pattern.compile("order_[A-Za-z0-9]{14}");
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final int PAYMENT_ID_LENGTH = 14;

    private final WalletLookup walletLookup;
    private final EventStore eventStore;
    private final String keySecret;
    private final SecureRandom random = new SecureRandom();

    OfflineCheckoutController(WalletLookup walletLookup, EventStore eventStore, RazorpayProperties properties) {
        this.walletLookup = walletLookup;
        this.eventStore = eventStore;
        if (properties.keySecret() == null || properties.keySecret().isBlank()) {
            throw new IllegalStateException("The offline checkout needs shiftledger.razorpay.key-secret");
        }
        this.keySecret = properties.keySecret();
    }

    /** What the checkout page shows and the signed payment for it. */
    record Order(String orderId, WalletId walletId, Money amount, boolean paid) {
    }

    /** Exactly the body of {@code verify-topup-payment}. */
    record SignedPayment(String razorpayOrderId, String razorpayPaymentId, String razorpaySignature, Money amount) {
    }

    @GetMapping(value = "/{orderId}", produces = MediaType.TEXT_HTML_VALUE)
    String page(@PathVariable String orderId) {
        return CheckoutPage.render(order(orderId));
    }

    @PostMapping("/{orderId}/pay")
    SignedPayment pay(@PathVariable String orderId) {
        Order order = order(orderId);
        if (order.paid()) {
            throw RejectedException.conflict(ALREADY_PAID);
        }
        String paymentId = paymentId();
        return new SignedPayment(order.orderId(), paymentId, sign(order.orderId() + "|" + paymentId), order.amount());
    }

    private Order order(String orderId) {
        if (orderId == null || !ORDER_ID.matcher(orderId).matches()) {
            throw RejectedException.notFound(Wallet.ORDER_NOT_FOUND);
        }
        WalletId walletId = walletLookup.walletOfOrder(orderId)
                .orElseThrow(() -> RejectedException.notFound(Wallet.ORDER_NOT_FOUND));
        Money amount = null;
        boolean paid = false;
        Iterator<? extends DomainEventMessage<?>> events = eventStore.readEvents(walletId.toString(), 0);
        while (events.hasNext()) {
            Object event = events.next().getPayload();
            if (event instanceof TopUpOrderCreatedEvent created && created.orderId().equals(orderId)) {
                amount = created.amount();
            } else if (event instanceof TopUpCapturedEvent captured && captured.orderId().equals(orderId)) {
                paid = true;
            }
        }
        if (amount == null) {
            throw RejectedException.notFound(Wallet.ORDER_NOT_FOUND);
        }
        return new Order(orderId, walletId, amount, paid);
    }

    private String paymentId() {
        StringBuilder id = new StringBuilder("pay_");
        for (int i = 0; i < PAYMENT_ID_LENGTH; i++) {
            id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return id.toString();
    }

    private String sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(keySecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** Offline mode (no key id) and the checkout switched on. */
    static final class Enabled implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return isEnabled(context.getEnvironment());
        }

        static boolean isEnabled(PropertyResolver properties) {
            return properties.getProperty(ENABLED_PROPERTY, Boolean.class, false)
                    && isBlank(properties.getProperty("shiftledger.razorpay.key-id"));
        }

        private static boolean isBlank(String value) {
            return value == null || value.isBlank();
        }
    }

    /** The page: plain HTML and a few lines of script, every value in it checked or formatted here. */
    private static final class CheckoutPage {

        static String render(Order order) {
            String rupees = order.amount().toRupees().toPlainString();
            String status = order.paid() ? "Paid" : "Awaiting payment";
            return TEMPLATE
                    .replace("{{order_id}}", order.orderId())
                    .replace("{{amount}}", rupees)
                    .replace("{{wallet_id}}", Long.toString(order.walletId().value()))
                    .replace("{{status}}", status)
                    .replace("{{disabled}}", order.paid() ? "disabled" : "");
        }

        private static final String TEMPLATE = """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <title>OFFLINE TEST CHECKOUT — no real payment</title>
                <style>
                  body { font-family: sans-serif; max-width: 42rem; margin: 2rem auto; padding: 0 1rem; }
                  .banner { background: #b00020; color: #fff; padding: 1rem; font-weight: bold; font-size: 1.2rem; }
                  dt { font-weight: bold; } dd { margin: 0 0 .5rem 0; font-family: monospace; }
                  input { width: 100%; font-family: monospace; } button { font-size: 1.1rem; margin: 1rem 0; }
                  pre { background: #f3f3f3; padding: .75rem; white-space: pre-wrap; word-break: break-all; }
                </style>
                </head>
                <body>
                <div class="banner">OFFLINE TEST CHECKOUT — no real payment</div>
                <p>ShiftLedger runs without Razorpay keys. This page signs a made-up payment the way Razorpay would,
                with this run's key secret; no money moves anywhere outside this ledger.</p>
                <dl>
                  <dt>Order</dt><dd>{{order_id}}</dd>
                  <dt>Amount</dt><dd>₹{{amount}}</dd>
                  <dt>Wallet</dt><dd>{{wallet_id}}</dd>
                  <dt>Status</dt><dd>{{status}}</dd>
                </dl>
                <label for="token">Hospital bearer token (optional: with it the page also calls
                verify-topup-payment)</label>
                <input id="token" placeholder="12|AbCd...">
                <button id="pay" {{disabled}}>Pay ₹{{amount}} (test)</button>
                <pre id="out"></pre>
                <script>
                  const out = document.getElementById('out');
                  document.getElementById('pay').onclick = async () => {
                    const signed = await fetch('/dev/checkout/{{order_id}}/pay', { method: 'POST' });
                    const body = await signed.text();
                    if (!signed.ok) { out.textContent = 'Signing failed (' + signed.status + '): ' + body; return; }
                    const token = document.getElementById('token').value.trim();
                    if (!token) {
                      out.textContent = 'Signed. Send this body to POST /api/v1/hospital/wallet/verify-topup-payment '
                        + 'with the hospital\\'s bearer token:\\n\\n' + body;
                      return;
                    }
                    const verified = await fetch('/api/v1/hospital/wallet/verify-topup-payment', {
                      method: 'POST',
                      headers: { 'Content-Type': 'application/json', 'Authorization': 'Bearer ' + token },
                      body: body
                    });
                    out.textContent = 'verify-topup-payment answered ' + verified.status + ':\\n\\n'
                      + await verified.text();
                  };
                </script>
                </body>
                </html>
                """;
    }
}
