package com.shiftledger.wallet;

import com.shiftledger.support.Api;
import com.shiftledger.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Razorpay top-ups on PostgreSQL: the order's amount is credited exactly once, whatever arrives and how often. */
class TopUpTest extends IntegrationTest {

    @Test
    void verifiedPaymentCreditsTheOrderAmountOnceInTwoSteps() {
        Party hospital = registerHospital();
        String orderId = createOrder(hospital, "1500");

        Api.Response pending = api.post("/api/v1/hospital/wallet/verify-topup-payment", hospital.token(),
                Map.of("razorpay_order_id", orderId, "amount", 1500));
        assertThat(pending.status()).isEqualTo(200);
        assertThat(pending.text("message")).isEqualTo("Transaction created with pending status.");
        assertThat(pending.text("data.transaction.status")).isEqualTo("pending");
        assertThat(pending.data().path("wallet").path("balance").decimalValue()).isEqualByComparingTo("0");

        String signature = paymentSignature(orderId, "pay_1");
        Map<String, Object> complete = Map.of("razorpay_order_id", orderId, "razorpay_payment_id", "pay_1",
                "razorpay_signature", signature, "amount", 1500);
        Api.Response completed = api.post("/api/v1/hospital/wallet/verify-topup-payment", hospital.token(), complete);
        assertThat(completed.status()).isEqualTo(200);
        assertThat(completed.text("message")).isEqualTo("Payment successful. Funds added to wallet.");
        assertThat(completed.text("data.transaction.status")).isEqualTo("completed");
        assertThat(completed.text("data.transaction.transaction_id")).isEqualTo(pending.text("data.transaction.transaction_id"));
        assertThat(completed.data().path("wallet").path("balance").decimalValue()).isEqualByComparingTo("1500.00");

        Api.Response repeated = api.post("/api/v1/hospital/wallet/verify-topup-payment", hospital.token(), complete);
        assertThat(repeated.status()).isEqualTo(200);
        assertThat(repeated.data().path("wallet").path("balance").decimalValue()).isEqualByComparingTo("1500.00");

        var wallet = awaitWallet(hospital, "/api/v1/hospital/wallet", "1500.00");
        assertThat(wallet.path("id").asLong()).isEqualTo(hospital.walletId());
        Api.Response history = api.get("/api/v1/hospital/transactions?category=wallet_topup", hospital.token());
        assertThat(history.data()).hasSize(1);
        assertThat(history.data().get(0).path("status").asText()).isEqualTo("completed");
        assertThat(history.data().get(0).path("amount").decimalValue()).isEqualByComparingTo("1500.00");
    }

    @Test
    void webhookAndVerifyRacingManyTimesCreditOnce() throws Exception {
        Party hospital = registerHospital();
        String orderId = createOrder(hospital, "2500.50");
        String body = "{\"event\":\"payment.captured\",\"payload\":{\"payment\":{\"entity\":{\"id\":\"pay_race\","
                + "\"order_id\":\"" + orderId + "\",\"amount\":250050,\"currency\":\"INR\","
                + "\"status\":\"captured\"}}}}";
        Map<String, Object> verify = Map.of("razorpay_order_id", orderId, "razorpay_payment_id", "pay_race",
                "razorpay_signature", paymentSignature(orderId, "pay_race"), "amount", new BigDecimal("2500.50"));

        ExecutorService pool = Executors.newFixedThreadPool(12);
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            int n = i;
            calls.add(n % 2 == 0
                    ? () -> api.post("/api/v1/hospital/wallet/verify-topup-payment", hospital.token(), verify).status()
                    : () -> api.post("/api/v1/webhooks/razorpay", null, body, Map.of(
                    "X-Razorpay-Signature", webhookSignature(body), "x-razorpay-event-id", "evt_race_" + n)).status());
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> result : pool.invokeAll(calls)) {
            statuses.add(result.get());
        }
        pool.shutdown();

        assertThat(statuses).containsOnly(200);
        awaitWallet(hospital, "/api/v1/hospital/wallet", "2500.50");
        Api.Response history = api.get("/api/v1/hospital/transactions", hospital.token());
        assertThat(history.data()).hasSize(1);
        awaitCleanAudit(adminToken());
    }

    @Test
    void webhookAloneCreditsAndARedeliveryIsRecognised() {
        Party hospital = registerHospital();
        String orderId = createOrder(hospital, "700");
        String body = "{\"event\":\"payment.captured\",\"payload\":{\"payment\":{\"entity\":{\"id\":\"pay_w\","
                + "\"order_id\":\"" + orderId + "\",\"amount\":70000,\"currency\":\"INR\","
                + "\"status\":\"captured\"}}}}";
        Map<String, String> headers = Map.of("X-Razorpay-Signature", webhookSignature(body),
                "x-razorpay-event-id", "evt_" + orderId);

        Api.Response first = api.post("/api/v1/webhooks/razorpay", null, body, headers);
        Api.Response again = api.post("/api/v1/webhooks/razorpay", null, body, headers);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.text("data.outcome")).isEqualTo("credited");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.text("data.outcome")).isEqualTo("duplicate");
        awaitWallet(hospital, "/api/v1/hospital/wallet", "700.00");
    }

    @Test
    void aSignedWebhookCreditsOnlyWhatRazorpaySaysWasCaptured() {
        Party hospital = registerHospital();
        String orderId = createOrder(hospital, "800");
        String payment = "{\"event\":\"payment.captured\",\"payload\":{\"payment\":{\"entity\":{\"id\":\"pay_f\","
                + "\"order_id\":\"" + orderId + "\",\"amount\":80000,";
        String orderPaid = "{\"event\":\"order.paid\",\"payload\":{\"order\":{\"entity\":{\"id\":\"" + orderId
                + "\",\"status\":\"attempted\"}},\"payment\":{\"entity\":{\"id\":\"pay_g\",\"order_id\":\""
                + orderId + "\",\"amount\":80000,\"currency\":\"INR\",\"status\":\"captured\"}}}}";
        List<String> notCaptured = List.of(
                payment + "\"currency\":\"INR\",\"status\":\"failed\"}}}}",
                payment + "\"currency\":\"INR\",\"status\":\"authorized\"}}}}",
                payment + "\"currency\":\"INR\"}}}}",
                payment + "\"currency\":\"USD\",\"status\":\"captured\"}}}}",
                orderPaid);

        for (String body : notCaptured) {
            Api.Response answer = api.post("/api/v1/webhooks/razorpay", null, body,
                    Map.of("X-Razorpay-Signature", webhookSignature(body)));
            assertThat(answer.status()).as(body + " -> " + answer.body()).isEqualTo(200);
            assertThat(answer.text("data.outcome")).as(body).isEqualTo("not_captured");
        }

        Api.Response wallet = api.get("/api/v1/hospital/wallet", hospital.token());
        assertThat(wallet.data().path("wallet").path("balance").decimalValue()).isEqualByComparingTo("0");
        assertThat(eventCount(hospital, "TopUpCapturedEvent")).isZero();
    }

    @Test
    void badOrMissingSignaturesChangeNothing() {
        Party hospital = registerHospital();
        String orderId = createOrder(hospital, "900");
        Api.Response badPayment = api.post("/api/v1/hospital/wallet/verify-topup-payment", hospital.token(), Map.of(
                "razorpay_order_id", orderId, "razorpay_payment_id", "pay_x",
                "razorpay_signature", paymentSignature(orderId, "pay_other"), "amount", 900));
        Api.Response missingSignature = api.post("/api/v1/hospital/wallet/verify-topup-payment", hospital.token(),
                Map.of("razorpay_order_id", orderId, "razorpay_payment_id", "pay_x", "amount", 900));
        String body = "{\"event\":\"payment.captured\",\"payload\":{\"payment\":{\"entity\":{\"id\":\"pay_x\","
                + "\"order_id\":\"" + orderId + "\",\"amount\":90000,\"currency\":\"INR\","
                + "\"status\":\"captured\"}}}}";
        Api.Response forgedWebhook = api.post("/api/v1/webhooks/razorpay", null, body,
                Map.of("X-Razorpay-Signature", webhookSignature(body + " ")));
        Api.Response unsignedWebhook = api.post("/api/v1/webhooks/razorpay", null, body);

        assertThat(badPayment.status()).isEqualTo(400);
        assertThat(badPayment.body().path("success").asBoolean()).isFalse();
        assertThat(badPayment.body().path("errors").has("razorpay_signature")).isTrue();
        assertThat(missingSignature.status()).isEqualTo(422);
        assertThat(missingSignature.body().path("errors").has("razorpay_signature")).isTrue();
        assertThat(forgedWebhook.status()).isEqualTo(400);
        assertThat(unsignedWebhook.status()).isEqualTo(400);
        Api.Response wallet = api.get("/api/v1/hospital/wallet", hospital.token());
        assertThat(wallet.data().path("wallet").path("balance").decimalValue()).isEqualByComparingTo("0");
        assertThat(wallet.data().path("recent_transactions")).isEmpty();
    }

    @Test
    void theOrderAmountIsCreditedNeverTheClaimedOne() {
        Party hospital = registerHospital();
        String orderId = createOrder(hospital, "100");
        Api.Response claimedMore = api.post("/api/v1/hospital/wallet/verify-topup-payment", hospital.token(), Map.of(
                "razorpay_order_id", orderId, "razorpay_payment_id", "pay_m",
                "razorpay_signature", paymentSignature(orderId, "pay_m"), "amount", 100000));

        assertThat(claimedMore.status()).isEqualTo(422);
        assertThat(claimedMore.body().path("errors").has("amount")).isTrue();
        Api.Response wallet = api.get("/api/v1/hospital/wallet", hospital.token());
        assertThat(wallet.data().path("wallet").path("balance").decimalValue()).isEqualByComparingTo("0");
    }
}
