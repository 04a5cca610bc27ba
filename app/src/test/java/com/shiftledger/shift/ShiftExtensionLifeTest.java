package com.shiftledger.shift;

import com.fasterxml.jackson.databind.JsonNode;
import com.shiftledger.support.Api;
import com.shiftledger.support.IntegrationTest;
import com.shiftledger.support.ShiftScenarios;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Shift extensions on PostgreSQL, as the hospital and professional apps use them: one side asks for more days of an
 * accepted professional's work, the other accepts (the hospital's wallet pays the added days into the shift's escrow
 * at once, or answers 402 and the extension stays pending) or rejects; each added day is checked in and out on its
 * own date and paid on its check-out, with the Emergency SOS extra pay per day for an eligible professional. The
 * ledger sums to 0 and the audit is clean after each story.
 */
class ShiftExtensionLifeTest extends IntegrationTest {

    private static final Map<String, Object> AT_THE_HOSPITAL = Map.of("latitude", new BigDecimal("19.076"),
            "longitude", new BigDecimal("72.8777"));

    @Test
    void theHospitalAsksTheProfessionalAcceptsAndEachAddedDayIsPaidOnItsCheckOut() {
        Party hospital = registerHospital();
        topUp(hospital, "5000");
        Party nurse = registerProfessional("nurse");
        String admin = adminToken();
        Booking booking = bookedShift(hospital, nurse);
        awaitWallet(hospital, hospital.walletPath(), "3900.00");

        // ₹1000 fixed + 10 % = ₹1100 a day; two more days
        Api.Response asked = api.post("/api/v1/hospital/shift-extensions", hospital.token(), Map.of(
                "application_id", booking.application(), "start_date", booking.day().plusDays(1).toString(),
                "end_date", booking.day().plusDays(2).toString()));
        assertThat(asked.status()).as(asked.body().toString()).isEqualTo(201);
        JsonNode extension = asked.data();
        long extensionId = extension.path("id").asLong();
        assertThat(extension.path("status").asText()).isEqualTo("pending");
        assertThat(extension.path("requested_by").asText()).isEqualTo("hospital");
        assertThat(extension.path("application_id").asLong()).isEqualTo(booking.application());
        assertThat(extension.path("start_date").asText()).isEqualTo(booking.day().plusDays(1).toString());
        assertThat(extension.path("end_date").asText()).isEqualTo(booking.day().plusDays(2).toString());
        assertThat(extension.path("days_count").asInt()).isEqualTo(2);
        assertThat(extension.path("total_amount").decimalValue()).isEqualByComparingTo("2200.00");
        assertThat(extension.path("attendance")).hasSize(2);
        assertThat(wallet(hospital).path("balance").decimalValue()).as("nothing moves on a request")
                .isEqualByComparingTo("3900.00");

        // the side that asked cannot answer; nobody else finds it
        Api.Response ownAnswer = api.post("/api/v1/hospital/shift-extensions/" + extensionId + "/action",
                hospital.token(), Map.of("action", "approve"));
        assertThat(ownAnswer.status()).as(ownAnswer.body().toString()).isEqualTo(403);
        Party otherHospital = registerHospital();
        assertThat(api.post("/api/v1/hospital/shift-extensions/" + extensionId + "/action", otherHospital.token(),
                Map.of("action", "approve")).status()).isEqualTo(404);
        Party otherNurse = registerProfessional("nurse");
        assertThat(api.post("/api/v1/professional/shift-extensions/" + extensionId + "/action", otherNurse.token(),
                Map.of("action", "accept")).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/hospital/shift-extensions", otherHospital.token()).body().path("data"))
                .isEmpty();
        JsonNode nurseList = api.get("/api/v1/professional/shift-extensions?status=pending", nurse.token()).body();
        assertThat(nurseList.path("data").path(0).path("id").asLong()).isEqualTo(extensionId);
        assertThat(nurseList.path("pagination").path("total").asLong()).isEqualTo(1);
        awaitNotification(nurse, "extension");

        Api.Response accepted = api.post("/api/v1/professional/shift-extensions/" + extensionId + "/action",
                nurse.token(), Map.of("action", "accept"));
        assertThat(accepted.status()).as(accepted.body().toString()).isEqualTo(200);
        assertThat(accepted.data().path("status").asText()).isEqualTo("accepted");
        assertThat(accepted.body().path("wallet_transaction").path("amount").decimalValue())
                .isEqualByComparingTo("2200.00");
        assertThat(accepted.body().path("wallet_transaction").path("new_balance").isNull())
                .as("a professional is not told the hospital's balance").isTrue();
        awaitWallet(hospital, hospital.walletPath(), "1700.00");
        awaitNotification(hospital, "extension");
        // the same answer again moves nothing
        Api.Response again = api.post("/api/v1/professional/shift-extensions/" + extensionId + "/action",
                nurse.token(), Map.of("action", "accept"));
        assertThat(again.status()).as(again.body().toString()).isEqualTo(200);
        assertThat(wallet(hospital).path("balance").decimalValue()).isEqualByComparingTo("1700.00");
        Api.Response lateRejection = api.post("/api/v1/professional/shift-extensions/" + extensionId + "/action",
                nurse.token(), Map.of("action", "reject"));
        assertThat(lateRejection.status()).as(lateRejection.body().toString()).isEqualTo(422);

        // the shift's own day, then each added day, each paid on its check-out
        workToday(booking, nurse, "1000.00");
        assertThat(api.post("/api/v1/professional/shifts/" + booking.shift() + "/check-in", nurse.token(),
                withDate(booking.day().plusDays(1))).status()).as("not that day yet").isEqualTo(422);
        clock.setOffBy(Duration.ofDays(1));
        workToday(booking, nurse, "2000.00");
        clock.setOffBy(Duration.ofDays(2));
        Api.Response checkIn = api.post("/api/v1/professional/shifts/" + booking.shift() + "/check-in", nurse.token(),
                withDate(booking.day().plusDays(2)));
        assertThat(checkIn.status()).as(checkIn.body().toString()).isEqualTo(200);
        Api.Response checkOut = api.post("/api/v1/professional/shifts/" + booking.shift() + "/check-out",
                nurse.token(), Map.of("date", booking.day().plusDays(2).toString()));
        assertThat(checkOut.status()).as(checkOut.body().toString()).isEqualTo(200);
        assertThat(checkOut.data().path("amount_earned").decimalValue()).isEqualByComparingTo("1000.00");
        clock.reset();
        awaitWallet(nurse, nurse.walletPath(), "3000.00");

        JsonNode days = api.get("/api/v1/hospital/shift-extensions", hospital.token()).body().path("data").path(0)
                .path("attendance");
        assertThat(days).extracting(day -> day.path("status").asText()).containsExactly("completed", "completed");
        assertThat(days.path(0).path("amount_earned").decimalValue()).isEqualByComparingTo("1000.00");
        awaitShiftStatus(hospital, booking.shift(), "completed");
        assertLedgerBalanced(admin, booking.shift(), "0");
    }

    @Test
    void theProfessionalAsksAndTheHospitalsShortWalletLeavesItPendingUntilItCanPay() {
        Party hospital = registerHospital();
        topUp(hospital, "1200");
        Party nurse = registerProfessional("nurse");
        String admin = adminToken();
        Booking booking = bookedShift(hospital, nurse);
        awaitWallet(hospital, hospital.walletPath(), "100.00");

        Api.Response asked = api.post("/api/v1/professional/shift-extensions", nurse.token(), Map.of(
                "application_id", booking.application(), "start_date", booking.day().plusDays(1).toString(),
                "end_date", booking.day().plusDays(2).toString()));
        assertThat(asked.status()).as(asked.body().toString()).isEqualTo(201);
        long extensionId = asked.data().path("id").asLong();
        assertThat(asked.data().path("requested_by").asText()).isEqualTo("professional");
        assertThat(api.post("/api/v1/professional/shift-extensions/" + extensionId + "/action", nurse.token(),
                Map.of("action", "accept")).status()).as("the side that asked cannot answer").isEqualTo(403);
        awaitNotification(hospital, "extension");

        Api.Response short1 = api.post("/api/v1/hospital/shift-extensions/" + extensionId + "/action",
                hospital.token(), Map.of("action", "approve"));
        assertThat(short1.status()).as(short1.body().toString()).isEqualTo(402);
        assertThat(short1.body().path("required_amount").decimalValue()).isEqualByComparingTo("2200.00");
        assertThat(short1.body().path("current_balance").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(api.get("/api/v1/hospital/shift-extensions?status=pending", hospital.token()).body().path("data")
                .path(0).path("id").asLong()).as("it stays pending").isEqualTo(extensionId);
        assertThat(wallet(hospital).path("balance").decimalValue()).isEqualByComparingTo("100.00");

        topUp(hospital, "3000");
        awaitWallet(hospital, hospital.walletPath(), "3100.00");
        Api.Response approved = api.post("/api/v1/hospital/shift-extensions/" + extensionId + "/action",
                hospital.token(), Map.of("action", "approve"));
        assertThat(approved.status()).as(approved.body().toString()).isEqualTo(200);
        assertThat(approved.data().path("status").asText()).isEqualTo("accepted");
        assertThat(approved.body().path("wallet_transaction").path("new_balance").decimalValue())
                .isEqualByComparingTo("900.00");
        awaitWallet(hospital, hospital.walletPath(), "900.00");
        assertThat(api.post("/api/v1/hospital/shift-extensions/" + extensionId + "/action", hospital.token(),
                Map.of("action", "approve")).status()).isEqualTo(200);
        assertThat(wallet(hospital).path("balance").decimalValue()).as("paid once").isEqualByComparingTo("900.00");

        // a second request for days already covered, and one the professional rejects
        Api.Response overlapping = api.post("/api/v1/hospital/shift-extensions", hospital.token(), Map.of(
                "application_id", booking.application(), "start_date", booking.day().plusDays(2).toString(),
                "end_date", booking.day().plusDays(3).toString()));
        assertThat(overlapping.status()).as(overlapping.body().toString()).isEqualTo(422);
        assertThat(overlapping.body().path("errors").has("start_date")).isTrue();
        Api.Response more = api.post("/api/v1/hospital/shift-extensions", hospital.token(), Map.of(
                "application_id", booking.application(), "start_date", booking.day().plusDays(3).toString(),
                "end_date", booking.day().plusDays(3).toString()));
        assertThat(more.status()).as(more.body().toString()).isEqualTo(201);
        Api.Response rejected = api.post("/api/v1/professional/shift-extensions/" + more.data().path("id").asLong()
                + "/action", nurse.token(), Map.of("action", "reject"));
        assertThat(rejected.status()).as(rejected.body().toString()).isEqualTo(200);
        assertThat(rejected.data().path("status").asText()).isEqualTo("rejected");
        assertThat(wallet(hospital).path("balance").decimalValue()).isEqualByComparingTo("900.00");

        workToday(booking, nurse, "1000.00");
        clock.setOffBy(Duration.ofDays(1));
        workToday(booking, nurse, "2000.00");
        clock.reset();
        // one added day is still to come: its ₹1100 stays in the escrow
        assertLedgerBalanced(admin, booking.shift(), "1100.00");
    }

    @Test
    void anSosEligibleProfessionalEarnsTheExtraPayOnEachAddedDay() {
        Party hospital = registerHospital();
        topUp(hospital, "5000");
        Party nurse = registerProfessional("nurse");
        String admin = adminToken();
        Map<String, Object> body = new HashMap<>(ShiftScenarios.startedShift("nurse", "fixed", "1000", 1));
        body.put("status", "published");
        Api.Response created = api.post("/api/v1/hospital/shifts", hospital.token(), body);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        long shiftId = created.data().path("id").asLong();
        LocalDate day = LocalDate.parse(created.data().path("shift_date").asText());
        // under_2_hours: 30 % of ₹1000 for the one open position
        Api.Response raised = api.post("/api/v1/hospital/emergency-sos", hospital.token(), Map.of("shift_id", shiftId,
                "urgency_tier", "under_2_hours", "radius_km", 20));
        assertThat(raised.status()).as(raised.body().toString()).isEqualTo(201);
        long applicationId = applyAndAccept(shiftId, hospital, nurse);
        Booking booking = new Booking(shiftId, applicationId, day);

        Api.Response asked = api.post("/api/v1/hospital/shift-extensions", hospital.token(), Map.of(
                "application_id", applicationId, "start_date", day.plusDays(1).toString(),
                "end_date", day.plusDays(1).toString()));
        assertThat(asked.status()).as(asked.body().toString()).isEqualTo(201);
        assertThat(asked.data().path("extra_pay_per_day").decimalValue()).isEqualByComparingTo("300.00");
        assertThat(asked.data().path("total_amount").decimalValue()).isEqualByComparingTo("1400.00");
        Api.Response accepted = api.post("/api/v1/professional/shift-extensions/" + asked.data().path("id").asLong()
                + "/action", nurse.token(), Map.of("action", "accept"));
        assertThat(accepted.status()).as(accepted.body().toString()).isEqualTo(200);
        // ₹5000 - ₹1100 shift - ₹300 SOS - ₹1400 for the added day
        awaitWallet(hospital, hospital.walletPath(), "2200.00");

        JsonNode application = api.get("/api/v1/professional/my-applications", nurse.token()).data().path(0);
        assertThat(application.path("emergency_info").path("extra_pay_per_day").decimalValue())
                .isEqualByComparingTo("300.00");
        assertThat(application.path("emergency_info").path("total_extra_pay").decimalValue())
                .as("per day: the shift's own and the added one").isEqualByComparingTo("600.00");

        workToday(booking, nurse, null);
        awaitWallet(nurse, nurse.walletPath(), "1300.00");
        clock.setOffBy(Duration.ofDays(1));
        workToday(booking, nurse, null);
        clock.reset();
        JsonNode wallet = awaitWallet(nurse, nurse.walletPath(), "2600.00");
        assertThat(wallet).isNotNull();
        JsonNode transactions = api.get(nurse.walletPath(), nurse.token()).data().path("recent_transactions");
        long extraPays = 0;
        for (JsonNode transaction : transactions) {
            if (transaction.path("category").asText().equals("emergency_sos_extra_pay")) {
                extraPays++;
            }
        }
        assertThat(extraPays).as("one SOS extra pay per day worked").isEqualTo(2);
        assertLedgerBalanced(admin, shiftId, "0");
    }

    @Test
    void badDatesAndApplicationsThatCannotBeExtendedAreRefused() {
        Party hospital = registerHospital();
        topUp(hospital, "5000");
        Party nurse = registerProfessional("nurse");
        Booking booking = bookedShift(hospital, nurse);
        String day = booking.day().toString();
        String next = booking.day().plusDays(1).toString();

        assertRefused(hospital, "/api/v1/hospital/shift-extensions", Map.of("application_id", booking.application(),
                "start_date", day, "end_date", next), 422, "start_date");
        assertRefused(hospital, "/api/v1/hospital/shift-extensions", Map.of("application_id", booking.application(),
                "start_date", booking.day().plusDays(3).toString(), "end_date", next), 422, "end_date");
        assertRefused(hospital, "/api/v1/hospital/shift-extensions", Map.of("application_id", booking.application(),
                "start_date", "tomorrow", "end_date", next), 422, "start_date");
        assertRefused(hospital, "/api/v1/hospital/shift-extensions", Map.of("application_id", booking.application(),
                "start_date", next, "end_date", booking.day().plusDays(40).toString()), 422, "end_date");
        assertRefused(hospital, "/api/v1/hospital/shift-extensions", Map.of("start_date", next, "end_date", next),
                422, "application_id");
        Party pendingNurse = registerProfessional("nurse");
        Map<String, Object> twoPositions = new HashMap<>(ShiftScenarios.startedShift("nurse", "fixed", "1000", 2));
        twoPositions.put("status", "published");
        long otherShift = api.post("/api/v1/hospital/shifts", hospital.token(), twoPositions).data().path("id")
                .asLong();
        long pending = api.post("/api/v1/professional/shifts/" + otherShift + "/apply", pendingNurse.token(), "{}")
                .data().path("id").asLong();
        assertRefused(hospital, "/api/v1/hospital/shift-extensions", Map.of("application_id", pending,
                "start_date", next, "end_date", next), 422, "application_id");

        // another hospital's or professional's application is not found
        Party otherHospital = registerHospital();
        assertThat(api.post("/api/v1/hospital/shift-extensions", otherHospital.token(), Map.of("application_id",
                booking.application(), "start_date", next, "end_date", next)).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/professional/shift-extensions", pendingNurse.token(), Map.of("application_id",
                booking.application(), "start_date", next, "end_date", next)).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/hospital/shift-extensions/987654321/action", hospital.token(),
                Map.of("action", "approve")).status()).isEqualTo(404);
        assertRefused(hospital, "/api/v1/hospital/shift-extensions/987654321/action", Map.of("action", "maybe"), 422,
                "action");
        assertThat(api.get("/api/v1/hospital/shift-extensions", hospital.token()).body().path("data")).isEmpty();

        // an added day's attendance is marked by its date, not before that day opens, and never as a no-show
        Api.Response extended = api.post("/api/v1/hospital/shift-extensions", hospital.token(), Map.of(
                "application_id", booking.application(), "start_date", next, "end_date", next));
        assertThat(api.post("/api/v1/professional/shift-extensions/" + extended.data().path("id").asLong()
                + "/action", nurse.token(), Map.of("action", "accept")).status()).isEqualTo(200);
        assertRefused(hospital, "/api/v1/hospital/attendance/mark", Map.of("shift_id", booking.shift(),
                "professional_id", nurse.profileId(), "status", "completed", "date", next), 422, "date");
        assertRefused(hospital, "/api/v1/hospital/attendance/mark", Map.of("shift_id", booking.shift(),
                "professional_id", nurse.profileId(), "status", "no_show", "date", next), 422, "date");
        awaitCleanAudit(adminToken());
    }

    /** A published one-position shift that started now (₹1000 fixed, ₹1100 from the wallet) and its nurse. */
    private record Booking(long shift, long application, LocalDate day) {
    }

    private Booking bookedShift(Party hospital, Party nurse) {
        Map<String, Object> body = new HashMap<>(ShiftScenarios.startedShift("nurse", "fixed", "1000", 1));
        body.put("status", "published");
        Api.Response created = api.post("/api/v1/hospital/shifts", hospital.token(), body);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        long shiftId = created.data().path("id").asLong();
        long applicationId = applyAndAccept(shiftId, hospital, nurse);
        return new Booking(shiftId, applicationId, LocalDate.parse(created.data().path("shift_date").asText()));
    }

    private long applyAndAccept(long shiftId, Party hospital, Party professional) {
        Api.Response applied = api.post("/api/v1/professional/shifts/" + shiftId + "/apply", professional.token(),
                "{}");
        assertThat(applied.status()).as(applied.body().toString()).isEqualTo(200);
        long applicationId = applied.data().path("id").asLong();
        Api.Response accepted = api.post("/api/v1/hospital/shifts/" + shiftId + "/applications/" + applicationId,
                hospital.token(), Map.of("action", "accept"));
        assertThat(accepted.status()).as(accepted.body().toString()).isEqualTo(200);
        return applicationId;
    }

    /** Checks in and out on the day the clock says, without a date; then the wallet shows {@code balance}. */
    private void workToday(Booking booking, Party nurse, String balance) {
        Api.Response checkIn = api.post("/api/v1/professional/shifts/" + booking.shift() + "/check-in", nurse.token(),
                AT_THE_HOSPITAL);
        assertThat(checkIn.status()).as(checkIn.body().toString()).isEqualTo(200);
        Api.Response checkOut = api.post("/api/v1/professional/shifts/" + booking.shift() + "/check-out",
                nurse.token(), "{}");
        assertThat(checkOut.status()).as(checkOut.body().toString()).isEqualTo(200);
        assertThat(checkOut.data().path("amount_earned").decimalValue()).isEqualByComparingTo("1000.00");
        if (balance != null) {
            awaitWallet(nurse, nurse.walletPath(), balance);
        }
    }

    private static Map<String, Object> withDate(LocalDate date) {
        Map<String, Object> body = new HashMap<>(AT_THE_HOSPITAL);
        body.put("date", date.toString());
        return body;
    }

    private void assertRefused(Party caller, String path, Map<String, Object> body, int status, String field) {
        Api.Response refused = api.post(path, caller.token(), body);
        assertThat(refused.status()).as(refused.body().toString()).isEqualTo(status);
        assertThat(refused.body().path("success").asBoolean()).isFalse();
        assertThat(refused.body().path("errors").has(field)).as(refused.body().toString()).isTrue();
    }

    private void awaitNotification(Party party, String type) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            JsonNode list = api.get("/api/v1/common/notifications", party.token()).body().path("data");
            assertThat(list.findValuesAsText("type")).contains(type);
        });
    }

    private void awaitShiftStatus(Party hospital, long shiftId, String status) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(api.get("/api/v1/hospital/shifts/" + shiftId, hospital.token()).text("data.status"))
                        .isEqualTo(status));
    }

    /** The journal sums to 0, the shift's escrow holds {@code escrow}, and the audit finds nothing wrong. */
    private void assertLedgerBalanced(String admin, long shiftId, String escrow) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            JsonNode ledger = api.get("/api/v1/admin/ledger/accounts", admin).data();
            assertThat(ledger.path("sum").decimalValue()).isEqualByComparingTo("0");
            BigDecimal held = BigDecimal.ZERO;
            for (JsonNode line : ledger.path("accounts")) {
                if (line.path("account").asText().equals("shift:" + shiftId)) {
                    held = line.path("balance").decimalValue();
                }
            }
            assertThat(held).isEqualByComparingTo(escrow);
        });
        awaitCleanAudit(admin);
    }
}
