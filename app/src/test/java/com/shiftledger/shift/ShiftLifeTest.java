package com.shiftledger.shift;

import com.fasterxml.jackson.databind.JsonNode;
import com.shiftledger.support.Api;
import com.shiftledger.support.IntegrationTest;
import com.shiftledger.support.ShiftScenarios;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A whole shift on PostgreSQL: funded, raised, lowered, applied for, accepted, worked, a no-show, settled, and
 * both refunds released after the hold period; then every balance is what the posting rules say and the audit
 * over the event store finds nothing wrong.
 */
class ShiftLifeTest extends IntegrationTest {

    @Test
    void aWholeShiftLifeMovesEveryPaisaWhereThePostingRulesSay() {
        Party hospital = registerHospital();
        topUp(hospital, "10000");
        Party asha = registerProfessional("nurse");
        Party ravi = registerProfessional("nurse");
        String admin = adminToken();

        // fixed ₹1000 per position + 10% service charge = ₹1100; 3 positions = ₹3300
        Api.Response created = api.post("/api/v1/hospital/shifts", hospital.token(),
                ShiftScenarios.startedShift("nurse", "fixed", "1000", 3));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        assertThat(created.text("data.status")).isEqualTo("draft");
        assertThat(created.text("data.shift_code")).startsWith("SFT-");
        long shiftId = created.data().path("id").asLong();

        Api.Response published = api.post("/api/v1/hospital/shifts/" + shiftId + "/publish", hospital.token(), "{}");
        assertThat(published.status()).as(published.body().toString()).isEqualTo(200);
        assertThat(published.text("data.status")).isEqualTo("published");
        assertThat(published.body().path("wallet_transaction").path("amount").decimalValue())
                .isEqualByComparingTo("3300.00");
        assertThat(published.body().path("wallet_transaction").path("new_balance").decimalValue())
                .isEqualByComparingTo("6700.00");

        // pay raised to ₹1200: ₹1320 × 3 = ₹3960, ₹660 more
        Api.Response raised = api.put("/api/v1/hospital/shifts/" + shiftId, hospital.token(),
                Map.of("pay_rate", 1200, "extra_amount_to_pay", 660, "facility_pay", 1320));
        assertThat(raised.status()).as(raised.body().toString()).isEqualTo(200);
        assertThat(raised.body().path("wallet_transaction").path("type").asText()).isEqualTo("deduction");
        assertThat(raised.body().path("wallet_transaction").path("amount").decimalValue())
                .isEqualByComparingTo("660.00");
        assertThat(raised.body().path("wallet_transaction").path("new_balance").decimalValue())
                .isEqualByComparingTo("6040.00");

        // a client that computes the refund wrongly is refused and nothing changes
        Api.Response wrongClaim = api.put("/api/v1/hospital/shifts/" + shiftId, hospital.token(),
                Map.of("positions_required", 2, "amount_to_refund", 1000));
        assertThat(wrongClaim.status()).isEqualTo(422);
        assertThat(wrongClaim.body().path("errors").has("amount_to_refund")).isTrue();

        // positions lowered to 2: ₹1320 released, 10% fee ₹132, ₹1188 refunded after the hold period
        Api.Response lowered = api.put("/api/v1/hospital/shifts/" + shiftId, hospital.token(),
                Map.of("positions_required", 2, "amount_to_refund", 1320));
        assertThat(lowered.status()).as(lowered.body().toString()).isEqualTo(200);
        JsonNode refundDetails = lowered.body().path("refund_details");
        assertThat(refundDetails.path("type").asText()).isEqualTo("refund_pending");
        assertThat(refundDetails.path("refund_id").asText()).startsWith("REF-");
        assertThat(refundDetails.path("original_amount").decimalValue()).isEqualByComparingTo("1320.00");
        assertThat(refundDetails.path("service_charge_deducted").decimalValue()).isEqualByComparingTo("132.00");
        assertThat(refundDetails.path("refund_amount").decimalValue()).isEqualByComparingTo("1188.00");
        assertThat(lowered.text("data.positions_required")).isEqualTo("2");

        // applications: each nurse once; two accepted; nobody beyond the positions
        long ashaApplication = apply(asha, shiftId);
        long raviApplication = apply(ravi, shiftId);
        assertThat(api.post("/api/v1/professional/shifts/" + shiftId + "/apply", asha.token(), "{}").status())
                .isEqualTo(409);
        Party doctor = registerProfessional("doctor");
        assertThat(api.post("/api/v1/professional/shifts/" + shiftId + "/apply", doctor.token(), "{}").status())
                .isEqualTo(422);
        accept(hospital, shiftId, ashaApplication);
        accept(hospital, shiftId, raviApplication);
        Party late = registerProfessional("nurse");
        Api.Response full = api.post("/api/v1/professional/shifts/" + shiftId + "/apply", late.token(), "{}");
        assertThat(full.status()).isEqualTo(422);

        // Asha works: fixed pay ₹1200 to her wallet, ₹120 service charge to the platform
        Api.Response checkIn = api.post("/api/v1/professional/shifts/" + shiftId + "/check-in", asha.token(),
                Map.of("latitude", 19.076, "longitude", 72.8777));
        assertThat(checkIn.status()).as(checkIn.body().toString()).isEqualTo(200);
        Api.Response checkOut = api.post("/api/v1/professional/shifts/" + shiftId + "/check-out", asha.token(), "{}");
        assertThat(checkOut.status()).as(checkOut.body().toString()).isEqualTo(200);
        assertThat(checkOut.data().path("amount_earned").decimalValue()).isEqualByComparingTo("1200.00");
        assertThat(api.post("/api/v1/professional/shifts/" + shiftId + "/check-out", asha.token(), "{}").status())
                .isEqualTo(422);

        // Ravi does not come: the shift settles and the rest of its escrow (₹1320) returns without a fee
        Api.Response noShow = api.post("/api/v1/hospital/attendance/mark", hospital.token(),
                Map.of("shift_id", shiftId, "professional_id", ravi.profileId(), "status", "no_show"));
        assertThat(noShow.status()).as(noShow.body().toString()).isEqualTo(200);

        awaitWallet(asha, "/api/v1/professional/wallet", "1200.00");
        // ₹6040 + ₹1188 + ₹1320 once both refunds have waited out the hold period
        awaitWallet(hospital, "/api/v1/hospital/wallet", "8548.00");

        // the refunds' own completion reaches the read side independently of the wallet credits
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Api.Response refunds = api.get("/api/v1/hospital/wallet/refunds", hospital.token());
            assertThat(refunds.status()).isEqualTo(200);
            assertThat(refunds.data().path("data")).hasSize(2);
            assertThat(refunds.body().path("summary").path("total_completed").asInt()).isEqualTo(2);
            assertThat(refunds.body().path("summary").path("total_completed_amount").decimalValue())
                    .isEqualByComparingTo("2508.00");
        });

        JsonNode history = api.get("/api/v1/hospital/transactions?per_page=100", hospital.token()).data();
        assertThat(amounts(history, "shift_payment")).usingElementComparator(BigDecimal::compareTo)
                .containsExactlyInAnyOrder(
                new BigDecimal("3300.00"), new BigDecimal("660.00"));
        assertThat(amounts(history, "refund")).usingElementComparator(BigDecimal::compareTo)
                .containsExactlyInAnyOrder(
                new BigDecimal("1188.00"), new BigDecimal("1320.00"));
        JsonNode earnings = api.get("/api/v1/professional/wallet", asha.token()).data().path("recent_transactions");
        assertThat(amounts(earnings, "shift_earning")).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("1200.00"));

        // the journal is a read model of its own: it may be a moment behind the wallets
        Map<String, BigDecimal> accounts = awaitAccounts(admin, Map.of("shift:" + shiftId, "0.00",
                "hospital:" + hospital.profileId(), "8548.00", "professional:" + asha.profileId(), "1200.00"));
        assertThat(accounts.getOrDefault("professional:" + ravi.profileId(), BigDecimal.ZERO))
                .isEqualByComparingTo("0");
        awaitCleanAudit(admin);
    }

    private long apply(Party professional, long shiftId) {
        Api.Response applied = api.post("/api/v1/professional/shifts/" + shiftId + "/apply", professional.token(),
                Map.of("cover_note", "I am available."));
        assertThat(applied.status()).as(applied.body().toString()).isEqualTo(200);
        assertThat(applied.text("message")).isEqualTo("Application submitted successfully");
        return applied.data().path("id").asLong();
    }

    private void accept(Party hospital, long shiftId, long applicationId) {
        Api.Response decided = api.post("/api/v1/hospital/shifts/" + shiftId + "/applications/" + applicationId,
                hospital.token(), Map.of("action", "accept"));
        assertThat(decided.status()).as(decided.body().toString()).isEqualTo(200);
    }

    private static List<BigDecimal> amounts(JsonNode transactions, String category) {
        return StreamSupport.stream(transactions.spliterator(), false)
                .filter(tx -> tx.path("category").asText().equals(category))
                .map(tx -> tx.path("amount").decimalValue())
                .toList();
    }

    private Map<String, BigDecimal> awaitAccounts(String admin, Map<String, String> balances) {
        Map<String, BigDecimal> accounts = new HashMap<>();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Api.Response ledger = api.get("/api/v1/admin/ledger/accounts", admin);
            accounts.clear();
            ledger.data().path("accounts").forEach(a -> accounts.put(a.path("account").asText(),
                    a.path("balance").decimalValue()));
            assertThat(ledger.data().path("sum").decimalValue()).isEqualByComparingTo("0");
            balances.forEach((account, balance) -> assertThat(accounts.get(account)).as(account)
                    .isEqualByComparingTo(balance));
        });
        return accounts;
    }
}
