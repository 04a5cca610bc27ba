package com.shiftledger.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.shiftledger.support.Api;
import com.shiftledger.support.IntegrationTest;
import com.shiftledger.support.ShiftScenarios;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Once a command has answered, the same caller's very next read shows what the command wrote: no waiting and no
 * retrying in between, every read below is made exactly once.
 */
class ReadYourWritesTest extends IntegrationTest {

    @Test
    void everyTopUpAndWithdrawalShowsInTheNextReadOfTheWallet() {
        Party hospital = registerHospital();
        assertThat(api.get(hospital.walletPath(), hospital.token()).status()).isEqualTo(200);

        topUp(hospital, "5000");
        assertThat(wallet(hospital).path("balance").decimalValue()).isEqualByComparingTo("5000.00");

        for (int i = 1; i <= 10; i++) {
            Api.Response withdrawal = withdraw(hospital, "100");
            assertThat(withdrawal.status()).as(withdrawal.body().toString()).isEqualTo(200);
            JsonNode wallet = wallet(hospital);
            assertThat(wallet.path("balance").decimalValue()).isEqualByComparingTo(
                    BigDecimal.valueOf(5000 - 100L * i));
            assertThat(wallet.path("reserved").decimalValue()).isEqualByComparingTo(BigDecimal.valueOf(100L * i));
            JsonNode newest = api.get("/api/v1/hospital/transactions?per_page=1", hospital.token()).data().path(0);
            assertThat(newest.path("category").asText()).isEqualTo("withdrawal");
            assertThat(newest.path("balance_after").decimalValue())
                    .isEqualByComparingTo(BigDecimal.valueOf(5000 - 100L * i));
        }
    }

    @Test
    void anAdminsDecisionOnAWithdrawalShowsInTheNextRead() {
        Party hospital = registerHospital();
        topUp(hospital, "1000");
        long withdrawalId = requestWithdrawal(hospital, "400");
        String admin = adminToken();

        assertThat(process(admin, withdrawalId, "reject").status()).isEqualTo(200);
        JsonNode rejected = api.get("/api/v1/admin/finance/withdrawals?status=rejected", admin).data();
        assertThat(rejected.toString()).contains("\"id\":" + withdrawalId);
        assertThat(wallet(hospital).path("balance").decimalValue()).isEqualByComparingTo("1000.00");
    }

    @Test
    void aShiftAndItsMoneyShowInTheNextReadsOfBothSides() {
        Party hospital = registerHospital();
        topUp(hospital, "10000");
        Party nurse = registerProfessional("nurse");

        Map<String, Object> body = new HashMap<>(ShiftScenarios.startedShift("nurse", "fixed", "1000", 1));
        body.put("status", "published");
        Api.Response created = api.post("/api/v1/hospital/shifts", hospital.token(), body);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        long shiftId = created.data().path("id").asLong();
        assertThat(api.get("/api/v1/hospital/shifts/" + shiftId, hospital.token()).text("data.status"))
                .isEqualTo("published");
        assertThat(wallet(hospital).path("balance").decimalValue()).isEqualByComparingTo("8900.00");

        Api.Response applied = api.post("/api/v1/professional/shifts/" + shiftId + "/apply", nurse.token(), "{}");
        assertThat(applied.status()).as(applied.body().toString()).isEqualTo(200);
        long applicationId = applied.data().path("id").asLong();
        assertThat(api.get("/api/v1/professional/my-applications", nurse.token()).data().toString())
                .contains("\"id\":" + applicationId);

        Api.Response accepted = api.post("/api/v1/hospital/shifts/" + shiftId + "/applications/" + applicationId,
                hospital.token(), Map.of("action", "accept"));
        assertThat(accepted.status()).as(accepted.body().toString()).isEqualTo(200);
        assertThat(api.get("/api/v1/hospital/applications/" + applicationId, hospital.token()).text("data.status"))
                .isEqualTo("accepted");

        Api.Response checkIn = api.post("/api/v1/professional/shifts/" + shiftId + "/check-in", nurse.token(),
                Map.of("latitude", 19.076, "longitude", 72.8777));
        assertThat(checkIn.status()).as(checkIn.body().toString()).isEqualTo(200);
        Api.Response checkOut = api.post("/api/v1/professional/shifts/" + shiftId + "/check-out", nurse.token(), "{}");
        assertThat(checkOut.status()).as(checkOut.body().toString()).isEqualTo(200);
        assertThat(wallet(nurse).path("balance").decimalValue())
                .isEqualByComparingTo(checkOut.data().path("amount_earned").decimalValue());
    }

    @Test
    void aCancelledShiftsRefundShowsInTheNextReadOfTheRefunds() {
        Party hospital = registerHospital();
        topUp(hospital, "5000");
        Map<String, Object> body = new HashMap<>(ShiftScenarios.futureShift("nurse", "fixed", "1000", 2));
        body.put("status", "published");
        long shiftId = api.post("/api/v1/hospital/shifts", hospital.token(), body).data().path("id").asLong();

        Api.Response cancelled = api.post("/api/v1/hospital/shifts/" + shiftId + "/cancel", hospital.token(), "{}");
        assertThat(cancelled.status()).as(cancelled.body().toString()).isEqualTo(200);
        String refundId = cancelled.body().path("refund_details").path("refund_id").asText();
        JsonNode refunds = api.get("/api/v1/hospital/wallet/refunds", hospital.token()).body();
        assertThat(refunds.path("data").path("data").path(0).path("refund_id").asText()).isEqualTo(refundId);
        assertThat(refunds.path("data").path("data").path(0).path("refund_amount").decimalValue())
                .isEqualByComparingTo("1980.00");
    }
}
