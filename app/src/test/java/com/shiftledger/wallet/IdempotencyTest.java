package com.shiftledger.wallet;

import com.shiftledger.support.Api;
import com.shiftledger.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.shiftledger.support.Concurrently.concurrently;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Idempotency-Key on money-moving requests: a repeat gets the first answer and moves nothing again. */
class IdempotencyTest extends IntegrationTest {

    private static final String WITHDRAW = "/api/v1/hospital/wallet/withdraw";

    @Test
    void aRepeatWithTheSameKeyAndBodyGetsTheFirstAnswerAndMovesNothing() {
        Party hospital = registerHospital();
        topUp(hospital, "1000");
        Map<String, String> key = idempotencyKey();

        Api.Response first = api.post(WITHDRAW, hospital.token(), upiWithdrawal("100"), key);
        Api.Response repeat = api.post(WITHDRAW, hospital.token(), upiWithdrawal("100"), key);

        assertThat(first.status()).as(first.body().toString()).isEqualTo(200);
        assertThat(first.headers()).doesNotContainKey("idempotent-replayed");
        assertThat(repeat.status()).isEqualTo(200);
        assertThat(repeat.headers()).containsEntry("idempotent-replayed", "true");
        assertThat(repeat.body()).isEqualTo(first.body());
        assertThat(eventCount(hospital, "WithdrawalRequestedEvent")).isEqualTo(1);
        awaitBalances(hospital, "900", "100");
        assertThat(api.get("/api/v1/hospital/wallet/withdrawals", hospital.token()).data().path("total").asLong())
                .isEqualTo(1);
    }

    @Test
    void theSameKeyWithADifferentBodyIsRefused() {
        Party hospital = registerHospital();
        topUp(hospital, "1000");
        Map<String, String> key = idempotencyKey();
        Api.Response first = api.post(WITHDRAW, hospital.token(), upiWithdrawal("100"), key);

        Api.Response different = api.post(WITHDRAW, hospital.token(), upiWithdrawal("200"), key);

        assertThat(first.status()).isEqualTo(200);
        assertThat(different.status()).isEqualTo(422);
        assertThat(different.body().path("success").asBoolean()).isFalse();
        assertThat(different.text("message")).isNotBlank();
        assertThat(different.body().path("errors").path("Idempotency-Key").get(0).asText()).isNotBlank();
        assertThat(eventCount(hospital, "WithdrawalRequestedEvent")).isEqualTo(1);
        awaitBalances(hospital, "900", "100");
    }

    @Test
    void keysBelongToTheirCaller() {
        Party first = registerHospital();
        Party second = registerHospital();
        topUp(first, "1000");
        topUp(second, "1000");
        Map<String, String> sharedKey = idempotencyKey();

        Api.Response fromFirst = api.post(WITHDRAW, first.token(), upiWithdrawal("100"), sharedKey);
        Api.Response fromSecond = api.post(WITHDRAW, second.token(), upiWithdrawal("100"), sharedKey);

        assertThat(fromFirst.status()).isEqualTo(200);
        assertThat(fromSecond.status()).isEqualTo(200);
        assertThat(fromSecond.headers()).doesNotContainKey("idempotent-replayed");
        assertThat(fromSecond.data().path("id").asLong()).isNotEqualTo(fromFirst.data().path("id").asLong());
        assertThat(eventCount(first, "WithdrawalRequestedEvent")).isEqualTo(1);
        assertThat(eventCount(second, "WithdrawalRequestedEvent")).isEqualTo(1);
        awaitBalances(first, "900", "100");
        awaitBalances(second, "900", "100");
    }

    @Test
    void concurrentRepeatsOfOneKeyMoveTheMoneyOnce() throws Exception {
        Party hospital = registerHospital();
        topUp(hospital, "1000");
        Map<String, String> key = idempotencyKey();

        List<Api.Response> responses = concurrently(20,
                () -> api.post(WITHDRAW, hospital.token(), upiWithdrawal("100"), key));

        // a repeat that arrives while the first runs gets 409, one that arrives after it gets the first answer
        assertThat(responses).extracting(Api.Response::status).allMatch(status -> status == 200 || status == 409)
                .contains(200);
        assertThat(responses.stream().filter(r -> r.status() == 200).map(r -> r.data().path("id").asLong())
                .distinct()).hasSize(1);
        assertThat(responses.stream().filter(r -> r.status() == 409))
                .allSatisfy(running -> assertThat(running.body().path("success").asBoolean()).isFalse());
        assertThat(eventCount(hospital, "WithdrawalRequestedEvent")).isEqualTo(1);
        awaitBalances(hospital, "900", "100");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                api.get("/api/v1/hospital/wallet/withdrawals", hospital.token()).data().path("total").asLong())
                .isEqualTo(1));
        awaitCleanAudit(adminToken());
    }

    @Test
    void aRepeatedProfessionalWithdrawalIsAnsweredFromTheFirst() {
        Party hospital = registerHospital();
        Party professional = registerProfessional("doctor");
        topUp(hospital, "1000");
        payProfessional(hospital, professional, "500");
        Map<String, String> key = idempotencyKey();

        Api.Response first = api.post("/api/v1/professional/wallet/withdraw", professional.token(),
                upiWithdrawal("200"), key);
        Api.Response repeat = api.post("/api/v1/professional/wallet/withdraw", professional.token(),
                upiWithdrawal("200"), key);

        assertThat(first.status()).as(first.body().toString()).isEqualTo(200);
        assertThat(repeat.headers()).containsEntry("idempotent-replayed", "true");
        assertThat(repeat.data().path("request_id").asLong()).isEqualTo(first.data().path("request_id").asLong());
        assertThat(repeat.data().path("new_balance").decimalValue()).isEqualByComparingTo("300");
        assertThat(eventCount(professional, "WithdrawalRequestedEvent")).isEqualTo(1);
        awaitBalances(professional, "300", "200");
    }

    @Test
    void aRepeatedTopUpVerificationCreditsOnce() {
        Party hospital = registerHospital();
        String orderId = createOrder(hospital, "500");
        Map<String, Object> verify = Map.of("razorpay_order_id", orderId, "razorpay_payment_id", "pay_idem",
                "razorpay_signature", paymentSignature(orderId, "pay_idem"), "amount", 500);
        Map<String, String> key = idempotencyKey();

        Api.Response first = api.post("/api/v1/hospital/wallet/verify-topup-payment", hospital.token(), verify, key);
        Api.Response repeat = api.post("/api/v1/hospital/wallet/verify-topup-payment", hospital.token(), verify, key);

        assertThat(first.status()).isEqualTo(200);
        assertThat(repeat.status()).isEqualTo(200);
        assertThat(repeat.headers()).containsEntry("idempotent-replayed", "true");
        assertThat(repeat.body()).isEqualTo(first.body());
        assertThat(eventCount(hospital, "TopUpCapturedEvent")).isEqualTo(1);
        awaitBalances(hospital, "500", "0");
    }

    private static Map<String, String> idempotencyKey() {
        return Map.of("Idempotency-Key", "withdraw-" + UUID.randomUUID());
    }
}
