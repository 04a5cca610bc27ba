package com.shiftledger.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.shiftledger.support.Api;
import com.shiftledger.support.IntegrationTest;
import com.shiftledger.support.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The offline test checkout switched on (as on the embedded default) in offline mode: its page shows the order, its
 * pay endpoint signs a payment as Razorpay would with the configured key secret, and verify then credits the wallet.
 * On a database of its own, so its second context never shares processors with the other tests; closed after.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class OfflineCheckoutTest extends IntegrationTest {

    private static final String CHECKOUT_DATABASE = PostgresTestDatabase.createDatabase("checkout");

    @DynamicPropertySource
    static void checkoutOn(DynamicPropertyRegistry registry) {
        registry.add(OWN_DATABASE_URL, () -> CHECKOUT_DATABASE);
        registry.add("shiftledger.razorpay.offline-checkout", () -> "true");
    }

    @Test
    void thePageShowsTheOrderAndItsSignedPaymentCompletesTheTopUp() {
        Party hospital = registerHospital();
        String orderId = createOrder(hospital, "750.50");

        Api.Response page = api.get("/dev/checkout/" + orderId, null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.headers().get("content-type")).startsWith("text/html");
        String html = page.body().asText();
        assertThat(html).contains("OFFLINE TEST CHECKOUT — no real payment", orderId, "₹750.50", "Awaiting payment");

        Api.Response signed = api.post("/dev/checkout/" + orderId + "/pay", null, "");
        assertThat(signed.status()).as(signed.body().toString()).isEqualTo(200);
        JsonNode payment = signed.body();
        String paymentId = payment.path("razorpay_payment_id").asText();
        assertThat(payment.path("razorpay_order_id").asText()).isEqualTo(orderId);
        assertThat(paymentId).matches("pay_[A-Za-z0-9]{14}");
        assertThat(payment.path("razorpay_signature").asText()).isEqualTo(paymentSignature(orderId, paymentId));
        assertThat(payment.path("amount").decimalValue()).isEqualByComparingTo("750.50");

        // the pay endpoint's answer is exactly the body verify expects
        Api.Response verified = api.post("/api/v1/hospital/wallet/verify-topup-payment", hospital.token(),
                payment.toString());
        assertThat(verified.status()).as(verified.body().toString()).isEqualTo(200);
        awaitWallet(hospital, "/api/v1/hospital/wallet", "750.50");

        assertThat(api.post("/dev/checkout/" + orderId + "/pay", null, "").status()).isEqualTo(409);
        assertThat(api.get("/dev/checkout/" + orderId, null).body().asText()).contains("Paid");
    }

    @Test
    void anUnknownOrMalformedOrderIsNotFound() {
        assertThat(api.get("/dev/checkout/order_00000000000000", null).status()).isEqualTo(404);
        assertThat(api.post("/dev/checkout/order_00000000000000/pay", null, "").status()).isEqualTo(404);
        assertThat(api.get("/dev/checkout/order_%3Cscript%3E", null).status()).isEqualTo(404);
    }

    @Test
    void theCheckoutIsLeftOutOfTheOpenApiDocument() {
        Api.Response docs = api.get("/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body().path("paths").has("/dev/checkout/{orderId}")).isFalse();
    }
}
