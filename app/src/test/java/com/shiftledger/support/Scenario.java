package com.shiftledger.support;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The steps of the money flows, over HTTP against any running instance, for tests that start instances of their
 * own (several on one database, or one killed and started again).
 */
public final class Scenario {

    private Scenario() {
    }

    /** A signed-in hospital or professional. */
    public record Member(String token, long walletId, String email) {
    }

    public static Member register(Api api, String userType) {
        String email = userType + "-" + System.nanoTime() + "@shiftledger.test";
        Map<String, Object> body = new HashMap<>(Map.of("name", "Member " + System.nanoTime() % 100000,
                "email", email, "password", "Secret@123", "password_confirmation", "Secret@123",
                "user_type", userType));
        if (userType.equals("professional")) {
            body.putAll(Map.of("first_name", "Asha", "last_name", "Rao", "profession_type", "nurse"));
        }
        Api.Response registered = api.post("/api/v1/auth/register", null, body);
        assertThat(registered.status()).as(registered.body().toString()).isEqualTo(201);
        return new Member(registered.text("data.token"), registered.data().path("profile").path("wallet_id").asLong(),
                email);
    }

    /** An order and its signed verification; answers the verify call (not asserted, it may race a kill). */
    public static Api.Response topUp(Api api, Member hospital, String rupees, String idempotencyKey) {
        Api.Response order = api.post("/api/v1/hospital/wallet/create-topup-order", hospital.token(),
                Map.of("amount", new BigDecimal(rupees)));
        assertThat(order.status()).as(order.body().toString()).isEqualTo(200);
        String orderId = order.text("data.order_id");
        String paymentId = "pay_" + Long.toString(System.nanoTime(), 36);
        Map<String, String> headers = idempotencyKey == null ? Map.of() : Map.of("Idempotency-Key", idempotencyKey);
        return api.post("/api/v1/hospital/wallet/verify-topup-payment", hospital.token(), Map.of(
                "razorpay_order_id", orderId, "razorpay_payment_id", paymentId,
                "razorpay_signature", IntegrationTest.paymentSignature(orderId, paymentId),
                "amount", new BigDecimal(rupees)), headers);
    }

    public static Api.Response withdraw(Api api, Member member, String portal, String rupees, String key) {
        Map<String, String> headers = key == null ? Map.of() : Map.of("Idempotency-Key", key);
        return api.post("/api/v1/" + portal + "/wallet/withdraw", member.token(), Map.of(
                "amount", new BigDecimal(rupees), "payment_method", "upi", "upi_id", "member@okaxis"), headers);
    }

    /** A published shift (fixed pay, one position); started now when {@code startedNow}, else in a few days. */
    public static long publishShift(Api api, Member hospital, String pay, boolean startedNow) {
        Map<String, Object> shift = new HashMap<>(startedNow
                ? ShiftScenarios.startedShift("nurse", "fixed", pay, 1)
                : ShiftScenarios.futureShift("nurse", "fixed", pay, 1));
        shift.put("status", "published");
        Api.Response created = api.post("/api/v1/hospital/shifts", hospital.token(), shift);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.data().path("id").asLong();
    }

    public static void cancel(Api api, Member hospital, long shiftId) {
        Api.Response cancelled = api.post("/api/v1/hospital/shifts/" + shiftId + "/cancel", hospital.token(),
                Map.of("reason", "Not needed"));
        assertThat(cancelled.status()).as(cancelled.body().toString()).isEqualTo(200);
    }

    /** The professional applies, the hospital accepts, the professional checks in: ready to check out. */
    public static void staff(Api hospitalSide, Member hospital, Api professionalSide, Member professional,
                             long shiftId) {
        Api.Response applied = professionalSide.post("/api/v1/professional/shifts/" + shiftId + "/apply",
                professional.token(), Map.of("cover_note", "I am available."));
        assertThat(applied.status()).as(applied.body().toString()).isEqualTo(200);
        long application = applied.data().path("id").asLong();
        Api.Response accepted = hospitalSide.post("/api/v1/hospital/shifts/" + shiftId + "/applications/"
                + application, hospital.token(), Map.of("action", "accept"));
        assertThat(accepted.status()).as(accepted.body().toString()).isEqualTo(200);
        Api.Response checkedIn = professionalSide.post("/api/v1/professional/shifts/" + shiftId + "/check-in",
                professional.token(), Map.of("latitude", 19.076, "longitude", 72.8777));
        assertThat(checkedIn.status()).as(checkedIn.body().toString()).isEqualTo(200);
    }

    public static Api.Response checkOut(Api api, Member professional, long shiftId) {
        return api.post("/api/v1/professional/shifts/" + shiftId + "/check-out", professional.token(), "{}");
    }
}
