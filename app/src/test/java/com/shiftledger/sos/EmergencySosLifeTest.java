package com.shiftledger.sos;

import com.fasterxml.jackson.databind.JsonNode;
import com.shiftledger.support.Api;
import com.shiftledger.support.Concurrently;
import com.shiftledger.support.IntegrationTest;
import com.shiftledger.support.ShiftScenarios;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A whole Emergency SOS on PostgreSQL: raised on a 3-position shift with one position filled, answered by two
 * eligible professionals and a late one, one eligible completes and one does not show, the hospital asks the rest
 * back and an admin approves. Every paisa goes where the posting rules say.
 */
class EmergencySosLifeTest extends IntegrationTest {

    /** Where the hospital is; its SOS reaches professionals within the radius of it. */
    static final BigDecimal HOSPITAL_LAT = new BigDecimal("12.971600");
    static final BigDecimal HOSPITAL_LON = new BigDecimal("77.594600");
    /** How long before its deadline the test raises the SOS, so that the deadline passes within seconds. */
    static final Duration UNTIL_DEADLINE = Duration.ofSeconds(8);

    @Test
    void anSosPaysTheEligibleWhoWorkedAndReturnsTheRestThroughAnApprovedRefund() throws Exception {
        Party hospital = registerHospitalAt(HOSPITAL_LAT, HOSPITAL_LON);
        topUp(hospital, "10000");
        Party filled = nurseAt("12.972000", "77.595000");
        Party asha = nurseAt("12.980000", "77.600000");
        Party ravi = nurseAt("12.990000", "77.610000");
        Party late = nurseAt("13.000000", "77.620000");
        nurseAt("19.076000", "72.877700");
        String admin = adminToken();

        // fixed ₹1000 per position + 10 % = ₹1100; 3 positions = ₹3300
        Map<String, Object> body = new HashMap<>(ShiftScenarios.startedShift("nurse", "fixed", "1000", 3));
        body.put("status", "published");
        Api.Response created = api.post("/api/v1/hospital/shifts", hospital.token(), body);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        long shiftId = created.data().path("id").asLong();
        long filledApplication = applyAndAccept(shiftId, hospital, filled);

        Api.Response tiers = api.get("/api/v1/hospital/emergency-sos/tiers", hospital.token());
        assertThat(tiers.status()).isEqualTo(200);
        assertThat(tiers.data().toString()).contains("\"key\":\"under_1_hour\"", "\"extra_pay_percent\":50");

        // raised 60 minutes before a deadline 8 seconds away: under_1_hour, 50 % of ₹1000 for 2 open positions
        clock.setOffBy(Duration.ofMinutes(60).minus(UNTIL_DEADLINE).negated());
        Api.Response raised = api.post("/api/v1/hospital/emergency-sos", hospital.token(), Map.of("shift_id", shiftId,
                "urgency_tier", "under_1_hour", "radius_km", 20, "additional_message", "ICU is short tonight"));
        clock.reset();
        assertThat(raised.status()).as(raised.body().toString()).isEqualTo(201);
        JsonNode sos = raised.data().path("sos");
        long sosId = sos.path("id").asLong();
        assertThat(sos.path("extra_pay_amount_per_professional").decimalValue()).isEqualByComparingTo("500.00");
        assertThat(sos.path("total_extra_amount").decimalValue()).isEqualByComparingTo("1000.00");
        assertThat(sos.path("status").asText()).isEqualTo("sent");
        assertThat(sos.path("recipients_count").asLong()).isEqualTo(4);
        assertThat(raised.data().path("professionals_notified").asLong()).isEqualTo(4);
        assertThat(raised.data().path("urgency_deadline").asText()).endsWith("+05:30");
        assertThat(raised.data().path("tier_config").path("minutes").asInt()).isEqualTo(60);
        JsonNode deduction = raised.data().path("wallet_transaction");
        assertThat(deduction.path("amount_deducted").decimalValue()).isEqualByComparingTo("1000.00");
        assertThat(deduction.path("new_balance").decimalValue()).isEqualByComparingTo("5700.00");
        String sosTransaction = deduction.path("transaction_id").asText();
        assertThat(wallet(hospital).path("balance").decimalValue()).isEqualByComparingTo("5700.00");

        long ashaApplication = apply(shiftId, asha);
        long raviApplication = apply(shiftId, ravi);
        JsonNode ashaView = api.get("/api/v1/professional/my-applications", asha.token()).data().path(0);
        assertThat(ashaView.path("eligible_for_extra_pay").asBoolean()).isTrue();
        assertThat(ashaView.path("extra_pay_amount").decimalValue()).isEqualByComparingTo("500.00");
        assertThat(ashaView.path("emergency_info").path("applied_within_deadline").asBoolean()).isTrue();
        assertThat(ashaView.path("emergency_info").path("urgency_tier").asText()).isEqualTo("under_1_hour");

        // the deadline passes; a later application earns nothing
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(api.get("/api/v1/hospital/emergency-sos/" + sosId, hospital.token()).text("data.status"))
                        .isEqualTo("expired"));
        long lateApplication = apply(shiftId, late);
        JsonNode lateView = api.get("/api/v1/professional/my-applications", late.token()).data().path(0);
        assertThat(lateView.path("eligible_for_extra_pay").asBoolean()).isFalse();
        assertThat(lateView.path("emergency_info").path("is_emergency_shift").asBoolean()).isTrue();
        assertThat(lateView.path("emergency_info").path("applied_within_deadline").asBoolean()).isFalse();

        JsonNode detail = api.get("/api/v1/hospital/emergency-sos/" + sosId, hospital.token()).data();
        assertThat(detail.path("responses_count").asLong()).isEqualTo(2);
        assertThat(eligibility(detail, ashaApplication)).isTrue();
        assertThat(eligibility(detail, raviApplication)).isTrue();
        assertThat(eligibility(detail, lateApplication)).isFalse();
        assertThat(eligibility(detail, filledApplication)).isFalse();
        JsonNode list = api.get("/api/v1/hospital/emergency-sos", hospital.token()).data();
        assertThat(list.path("data").path(0).path("id").asLong()).isEqualTo(sosId);
        assertThat(list.path("data").path(0).path("shift").path("id").asLong()).isEqualTo(shiftId);

        // nothing can be asked back while eligible professionals may still earn it; nobody else hears of it
        assertThat(api.get("/api/v1/hospital/emergency-sos/" + sosId, registerHospital().token()).status())
                .isEqualTo(404);
        Map<String, Object> tooEarly = refundRequest(sosTransaction, shiftId, "1");
        Api.Response refused = api.post("/api/v1/hospital/wallet/emergency-sos-refund", hospital.token(), tooEarly);
        assertThat(refused.status()).as(refused.body().toString()).isEqualTo(422);

        accept(shiftId, hospital, ashaApplication);
        accept(shiftId, hospital, raviApplication);
        Api.Response checkIn = api.post("/api/v1/professional/shifts/" + shiftId + "/check-in", asha.token(),
                Map.of("latitude", HOSPITAL_LAT, "longitude", HOSPITAL_LON));
        assertThat(checkIn.status()).as(checkIn.body().toString()).isEqualTo(200);
        assertThat(api.post("/api/v1/professional/shifts/" + shiftId + "/check-out", asha.token(), "{}").status())
                .isEqualTo(200);
        mark(hospital, shiftId, ravi, "no_show");
        mark(hospital, shiftId, filled, "completed");

        awaitWallet(asha, "/api/v1/professional/wallet", "1500.00");
        JsonNode extraPay = api.get("/api/v1/professional/wallet", asha.token()).data().path("recent_transactions");
        assertThat(extraPay.toString()).contains("emergency_sos_extra_pay", "shift_earning");

        Api.Response tooMuch = api.post("/api/v1/hospital/wallet/emergency-sos-refund", hospital.token(),
                refundRequest(sosTransaction, shiftId, "500.01"));
        assertThat(tooMuch.status()).as(tooMuch.body().toString()).isEqualTo(422);
        // ₹500 is refundable once the payout saga has the completion and the no-show; asked for twice at once,
        // ₹300 fits once
        awaitRefundable(hospital, sosTransaction, shiftId);
        List<Api.Response> together = Concurrently.concurrently(2, () -> api.post(
                "/api/v1/hospital/wallet/emergency-sos-refund", hospital.token(),
                refundRequest(sosTransaction, shiftId, "300")));
        assertThat(together).extracting(Api.Response::status).containsExactlyInAnyOrder(201, 422);
        Api.Response requested = together.stream().filter(answer -> answer.status() == 201).findFirst().orElseThrow();
        assertThat(requested.data().path("status").asText()).isEqualTo("pending");
        assertThat(requested.data().path("reason").asText()).isEqualTo("emergency_sos_refund");
        long firstRefund = requested.data().path("id").asLong();
        assertThat(api.post("/api/v1/hospital/wallet/emergency-sos-refund", hospital.token(),
                refundRequest(sosTransaction, shiftId, "200.01")).status()).isEqualTo(422);
        Api.Response rest = api.post("/api/v1/hospital/wallet/emergency-sos-refund", hospital.token(),
                refundRequest(sosTransaction, shiftId, "200"));
        assertThat(rest.status()).as(rest.body().toString()).isEqualTo(201);
        long secondRefund = rest.data().path("id").asLong();
        JsonNode pending = api.get("/api/v1/admin/finance/refunds?reason=emergency_sos_refund&status=pending", admin)
                .body();
        assertThat(pending.path("data").path("data").toString()).contains("\"id\":" + firstRefund,
                "\"id\":" + secondRefund);

        for (long refundNumber : List.of(firstRefund, secondRefund)) {
            Api.Response approved = api.post("/api/v1/admin/finance/refunds/" + refundNumber + "/process", admin,
                    Map.of("action", "approve", "remarks", "Nobody else could come"));
            assertThat(approved.status()).as(approved.body().toString()).isEqualTo(200);
            assertThat(approved.data().path("status").asText()).isIn("processing", "completed");
        }

        // ₹10000 − ₹3300 − ₹1000 + ₹1100 (the no-show's position, after the hold period) + ₹500 = ₹7300
        awaitWallet(hospital, "/api/v1/hospital/wallet", "7300.00");
        awaitWallet(filled, "/api/v1/professional/wallet", "1000.00");
        assertThat(wallet(ravi).path("balance").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(wallet(late).path("balance").decimalValue()).isEqualByComparingTo("0.00");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            JsonNode ledger = api.get("/api/v1/admin/ledger/accounts", admin).data();
            assertThat(balanceOf(ledger, "sos:" + sosId)).isEqualByComparingTo("0.00");
            assertThat(balanceOf(ledger, "shift:" + shiftId)).isEqualByComparingTo("0.00");
            assertThat(ledger.path("sum").decimalValue()).isEqualByComparingTo("0");
        });
        awaitCleanAudit(admin);

        awaitNotification(filled, "sos");
        awaitNotification(late, "sos");
        awaitNotificationTitled(hospital, "Emergency SOS sent");
        awaitNotificationTitled(asha, "Emergency extra pay");
        awaitNotificationTitled(hospital, "SOS refund approved");
    }

    private void awaitNotification(Party party, String type) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> assertThat(
                api.get("/api/v1/common/notifications", party.token()).data().findValuesAsText("type"))
                .contains(type));
    }

    private void awaitNotificationTitled(Party party, String title) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> assertThat(
                api.get("/api/v1/common/notifications", party.token()).data().findValuesAsText("title"))
                .contains(title));
    }

    private Party registerHospitalAt(BigDecimal latitude, BigDecimal longitude) {
        String email = "sos-hospital-" + unique() + "@shiftledger.test";
        Map<String, Object> body = new HashMap<>(Map.of("name", "Sos Hospital", "email", email,
                "password", "Secret@123", "password_confirmation", "Secret@123", "phone", "+919876543210",
                "user_type", "hospital", "hospital_name", "Sos Hospital", "city", "Bengaluru"));
        body.put("latitude", latitude);
        body.put("longitude", longitude);
        Api.Response response = api.post("/api/v1/auth/register", null, body);
        assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
        JsonNode profile = response.data().path("profile");
        return new Party(response.text("data.token"), profile.path("id").asLong(),
                profile.path("wallet_id").asLong(), email, "hospital");
    }

    private Party nurseAt(String latitude, String longitude) {
        Party nurse = registerProfessional("nurse");
        Api.Response located = api.put("/api/v1/professional/profile", nurse.token(),
                Map.of("latitude", new BigDecimal(latitude), "longitude", new BigDecimal(longitude)));
        assertThat(located.status()).as(located.body().toString()).isEqualTo(200);
        return nurse;
    }

    private long apply(long shiftId, Party professional) {
        Api.Response applied = api.post("/api/v1/professional/shifts/" + shiftId + "/apply", professional.token(),
                "{}");
        assertThat(applied.status()).as(applied.body().toString()).isEqualTo(200);
        return applied.data().path("id").asLong();
    }

    private void accept(long shiftId, Party hospital, long applicationId) {
        Api.Response accepted = api.post("/api/v1/hospital/shifts/" + shiftId + "/applications/" + applicationId,
                hospital.token(), Map.of("action", "accept"));
        assertThat(accepted.status()).as(accepted.body().toString()).isEqualTo(200);
    }

    private long applyAndAccept(long shiftId, Party hospital, Party professional) {
        long applicationId = apply(shiftId, professional);
        accept(shiftId, hospital, applicationId);
        return applicationId;
    }

    private void mark(Party hospital, long shiftId, Party professional, String status) {
        Api.Response marked = api.post("/api/v1/hospital/attendance/mark", hospital.token(), Map.of(
                "shift_id", shiftId, "professional_id", professional.profileId(), "status", status));
        assertThat(marked.status()).as(marked.body().toString()).isEqualTo(200);
    }

    private static Map<String, Object> refundRequest(String transactionId, long shiftId, String rupees) {
        return Map.of("transaction_id", transactionId, "shift_id", shiftId, "refund_amount", new BigDecimal(rupees),
                "description", "Nobody else came in time");
    }

    /** The rest of the escrow is refundable once the payout saga has told the SOS of the completion and no-show. */
    private void awaitRefundable(Party hospital, String transactionId, long shiftId) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> assertThat(
                api.get("/api/v1/hospital/emergency-sos", hospital.token()).data().path("data").path(0)
                        .path("responses_count").asLong()).isEqualTo(2));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> assertThat(
                jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ? "
                        + "and payload_type = 'com.shiftledger.api.sos.EmergencySosSettledEvent'", Long.class,
                        "sos-" + sosIdOf(transactionId))).isEqualTo(1));
    }

    private long sosIdOf(String transactionId) {
        Long id = jdbc.queryForObject("select id from sos_view where transaction_id = ?", Long.class, transactionId);
        return id == null ? 0 : id;
    }

    private static boolean eligibility(JsonNode detail, long applicationId) {
        for (JsonNode application : detail.path("applications")) {
            if (application.path("id").asLong() == applicationId) {
                return application.path("eligible_for_extra_pay").asBoolean();
            }
        }
        throw new AssertionError("Application " + applicationId + " is not in " + detail);
    }

    private static BigDecimal balanceOf(JsonNode ledger, String account) {
        for (JsonNode line : ledger.path("accounts")) {
            if (line.path("account").asText().equals(account)) {
                return line.path("balance").decimalValue();
            }
        }
        return BigDecimal.ZERO;
    }
}
