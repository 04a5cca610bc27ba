package com.shiftledger.sos;

import com.fasterxml.jackson.databind.JsonNode;
import com.shiftledger.support.Api;
import com.shiftledger.support.IntegrationTest;
import com.shiftledger.support.ShiftScenarios;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Emergency SOS endpoint refuses bad input and other hospitals' shifts and SOS with a 4xx in the seed's error
 * shape, and moves no money.
 */
class EmergencySosBadInputTest extends IntegrationTest {

    @Test
    void raisingAnSosRefusesBadInputAndOtherHospitalsShiftsAndMovesNothing() {
        Party hospital = registerHospital();
        topUp(hospital, "5000");
        Party other = registerHospital();
        topUp(other, "3000");
        long shift = publishedShift(hospital, "1000", 2);
        long draft = draftShift(hospital);
        long othersShift = publishedShift(other, "1000", 1);
        BigDecimal balance = wallet(hospital).path("balance").decimalValue();

        SoftAssertions softly = new SoftAssertions();
        refused(softly, hospital, Map.of(), 422, "shift_id");
        refused(softly, hospital, sos(shift, "under_1_hour", 0), 422, "radius_km");
        refused(softly, hospital, sos(shift, "under_1_hour", 501), 422, "radius_km");
        refused(softly, hospital, sos(shift, "whenever", 10), 422, "urgency_tier");
        Map<String, Object> longMessage = new HashMap<>(sos(shift, "under_1_hour", 10));
        longMessage.put("additional_message", "m".repeat(1001));
        refused(softly, hospital, longMessage, 422, "additional_message");
        refused(softly, hospital, sos(othersShift, "under_1_hour", 10), 404, null);
        refused(softly, hospital, sos(draft, "under_1_hour", 10), 404, null);
        refused(softly, hospital, sos(999_999_999L, "under_1_hour", 10), 404, null);
        softly.assertAll();
        assertThat(wallet(hospital).path("balance").decimalValue()).isEqualByComparingTo(balance);

        // ₹500 for each of 2 positions; a second SOS while it is sent is refused
        Api.Response first = api.post("/api/v1/hospital/emergency-sos", hospital.token(), sos(shift, "under_1_hour",
                10));
        assertThat(first.status()).as(first.body().toString()).isEqualTo(201);
        Api.Response second = api.post("/api/v1/hospital/emergency-sos", hospital.token(), sos(shift, "under_1_hour",
                10));
        assertThat(second.status()).as(second.body().toString()).isEqualTo(400);
        assertThat(second.body().path("success").asBoolean(true)).isFalse();
        assertThat(wallet(hospital).path("balance").decimalValue())
                .isEqualByComparingTo(balance.subtract(new BigDecimal("1000")));

        Party professional = registerProfessional("nurse");
        assertThat(api.post("/api/v1/hospital/emergency-sos", professional.token(), sos(shift, "under_1_hour", 10))
                .status()).isEqualTo(403);
        assertThat(api.post("/api/v1/hospital/emergency-sos", null, sos(shift, "under_1_hour", 10)).status())
                .isEqualTo(401);
    }

    @Test
    void anSosTheWalletCannotPayIsRefusedWithTheAmountsAndLeavesNothingBehind() {
        Party hospital = registerHospital();
        topUp(hospital, "2300");
        // ₹1000 × 2 positions + 10 % = ₹2200 leaves ₹100; the SOS needs ₹750 × 2 = ₹1500
        long shift = publishedShift(hospital, "1000", 2);
        Api.Response refused = api.post("/api/v1/hospital/emergency-sos", hospital.token(), sos(shift,
                "under_30_mins", 10));
        assertThat(refused.status()).as(refused.body().toString()).isEqualTo(402);
        assertThat(refused.body().path("required_amount").decimalValue()).isEqualByComparingTo("1500.00");
        assertThat(refused.body().path("current_balance").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(wallet(hospital).path("balance").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(api.get("/api/v1/hospital/emergency-sos", hospital.token()).data().path("data").get(0)
                .path("status").asText()).isEqualTo("abandoned");

        // the refused SOS does not block another once the wallet can pay
        topUp(hospital, "1500");
        Api.Response paid = api.post("/api/v1/hospital/emergency-sos", hospital.token(), sos(shift, "under_30_mins",
                10));
        assertThat(paid.status()).as(paid.body().toString()).isEqualTo(201);
        assertThat(wallet(hospital).path("balance").decimalValue()).isEqualByComparingTo("100.00");
    }

    @Test
    void aFullShiftTakesNoSos() {
        Party hospital = registerHospital();
        topUp(hospital, "2000");
        long shift = publishedShift(hospital, "1000", 1);
        Party nurse = registerProfessional("nurse");
        long application = api.post("/api/v1/professional/shifts/" + shift + "/apply", nurse.token(), "{}").data()
                .path("id").asLong();
        assertThat(api.post("/api/v1/hospital/shifts/" + shift + "/applications/" + application, hospital.token(),
                Map.of("action", "accept")).status()).isEqualTo(200);
        Api.Response refused = api.post("/api/v1/hospital/emergency-sos", hospital.token(), sos(shift,
                "under_1_hour", 10));
        assertThat(refused.status()).as(refused.body().toString()).isEqualTo(400);
    }

    @Test
    void refundsAndDetailsOfAnSosAreTheirHospitalsAlone() {
        Party hospital = registerHospital();
        topUp(hospital, "3000");
        Party other = registerHospital();
        long shift = publishedShift(hospital, "1000", 1);
        Api.Response raised = api.post("/api/v1/hospital/emergency-sos", hospital.token(), sos(shift,
                "under_1_hour", 10));
        assertThat(raised.status()).as(raised.body().toString()).isEqualTo(201);
        long sosId = raised.data().path("sos").path("id").asLong();
        String transaction = raised.data().path("wallet_transaction").path("transaction_id").asText();

        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(api.get("/api/v1/hospital/emergency-sos/" + sosId, other.token()).status()).isEqualTo(404);
        softly.assertThat(api.get("/api/v1/hospital/emergency-sos/0", hospital.token()).status()).isEqualTo(404);
        softly.assertThat(api.get("/api/v1/hospital/emergency-sos/-1", hospital.token()).status()).isEqualTo(404);
        softly.assertThat(api.get("/api/v1/hospital/emergency-sos/abc", hospital.token()).status()).isEqualTo(404);
        softly.assertThat(api.get("/api/v1/hospital/emergency-sos", other.token()).data().path("data")).isEmpty();
        softly.assertThat(refund(other, transaction, shift, "1").status()).isEqualTo(404);
        softly.assertThat(refund(hospital, "TXN-NOTTHEONE00", shift, "1").status()).isEqualTo(404);
        softly.assertThat(refund(hospital, transaction, shift, "0").status()).isEqualTo(422);
        softly.assertThat(refund(hospital, transaction, shift, "-5").status()).isEqualTo(422);
        softly.assertThat(api.post("/api/v1/hospital/wallet/emergency-sos-refund", hospital.token(), Map.of())
                .status()).isEqualTo(422);
        // while the SOS is sent every slot can still be earned: nothing to ask back yet
        softly.assertThat(refund(hospital, transaction, shift, "1").status()).isEqualTo(422);
        softly.assertAll();

        String admin = adminToken();
        JsonNode shiftRefund = cancelledShiftRefund(hospital);
        softly.assertThat(api.post("/api/v1/admin/finance/refunds/" + shiftRefund.path("id").asLong() + "/process",
                admin, Map.of("action", "approve")).status()).isEqualTo(422);
        softly.assertThat(api.post("/api/v1/admin/finance/refunds/999999999/process", admin,
                Map.of("action", "approve")).status()).isEqualTo(404);
        softly.assertThat(api.post("/api/v1/admin/finance/refunds/" + shiftRefund.path("id").asLong() + "/process",
                admin, Map.of("action", "maybe")).status()).isEqualTo(422);
        softly.assertThat(api.post("/api/v1/admin/finance/refunds/1/process", hospital.token(),
                Map.of("action", "approve")).status()).isEqualTo(403);
        softly.assertThat(api.get("/api/v1/admin/finance/refunds?status=whatever", admin).status()).isEqualTo(422);
        softly.assertAll();
    }

    private JsonNode cancelledShiftRefund(Party hospital) {
        long shift = publishedShift(hospital, "500", 1);
        Api.Response cancelled = api.post("/api/v1/hospital/shifts/" + shift + "/cancel", hospital.token(), "{}");
        assertThat(cancelled.status()).as(cancelled.body().toString()).isEqualTo(200);
        String refundId = cancelled.body().path("refund_details").path("refund_id").asText();
        for (JsonNode refund : api.get("/api/v1/hospital/wallet/refunds", hospital.token()).data().path("data")) {
            if (refund.path("refund_id").asText().equals(refundId)) {
                return refund;
            }
        }
        throw new AssertionError("The cancellation's refund is not listed");
    }

    private Api.Response refund(Party hospital, String transaction, long shift, String rupees) {
        return api.post("/api/v1/hospital/wallet/emergency-sos-refund", hospital.token(), Map.of(
                "transaction_id", transaction, "shift_id", shift, "refund_amount", new BigDecimal(rupees),
                "description", "Nobody came"));
    }

    private void refused(SoftAssertions softly, Party hospital, Object body, int status, String field) {
        Api.Response response = api.post("/api/v1/hospital/emergency-sos", hospital.token(), body);
        String description = body + " -> " + response.status() + " " + response.body();
        softly.assertThat(response.status()).as(description).isEqualTo(status);
        softly.assertThat(response.body().path("success").asBoolean(true)).as(description).isFalse();
        softly.assertThat(response.text("message")).as(description).isNotBlank();
        if (field != null) {
            softly.assertThat(response.body().path("errors").path(field).isArray()).as(description).isTrue();
        }
    }

    private static Map<String, Object> sos(long shiftId, String tier, int radiusKm) {
        return Map.of("shift_id", shiftId, "urgency_tier", tier, "radius_km", radiusKm);
    }

    private long publishedShift(Party hospital, String payRate, int positions) {
        Map<String, Object> body = new HashMap<>(ShiftScenarios.futureShift("nurse", "fixed", payRate, positions));
        body.put("status", "published");
        Api.Response created = api.post("/api/v1/hospital/shifts", hospital.token(), body);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.data().path("id").asLong();
    }

    private long draftShift(Party hospital) {
        Api.Response created = api.post("/api/v1/hospital/shifts", hospital.token(),
                ShiftScenarios.futureShift("nurse", "fixed", "1000", 1));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.data().path("id").asLong();
    }
}
