package com.shiftledger.shift;

import com.fasterxml.jackson.databind.JsonNode;
import com.shiftledger.support.Api;
import com.shiftledger.support.IntegrationTest;
import com.shiftledger.support.ShiftScenarios;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every shift endpoint refuses bad input with a 4xx in the seed's error shape, never a 500, and changes
 * nothing: no shift event, no wallet movement.
 */
class ShiftBadInputTest extends IntegrationTest {

    private record Case(String name, String method, String path, Object body, int status, String field) {
    }

    @Test
    void creatingAShiftRefusesBadInputAndCreatesNothing() {
        Party hospital = registerHospital();
        topUp(hospital, "1000");
        awaitWallet(hospital, "/api/v1/hospital/wallet", "1000.00");
        long shiftEvents = shiftEventCount();
        WalletState wallet = stateOf(hospital);
        String yesterday = LocalDate.now(ShiftScenarios.PLATFORM_ZONE).minusDays(1).toString();

        List<Case> cases = List.of(
                create("nothing", Map.of(), 422, "title"),
                create("date in the past", with("shift_date", yesterday), 422, "shift_date"),
                create("date not a date", with("shift_date", "31-12-2030"), 422, "shift_date"),
                create("time not HH:mm", with("start_time", "8am"), 422, "start_time"),
                create("end before start", with("end_time", "07:00"), 422, "end_time"),
                create("unknown profession", with("profession_type", "pilot"), 422, "profession_type"),
                create("zero positions", with("positions_required", 0), 422, "positions_required"),
                create("unknown pay type", with("pay_type", "weekly"), 422, "pay_type"),
                create("pay rate not a number", with("pay_rate", "lots"), 422, "pay_rate"),
                create("pay rate negative", with("pay_rate", -5), 422, "pay_rate"),
                create("pay rate with three decimals", with("pay_rate", 100.555), 422, "pay_rate"),
                create("pay rate above the maximum", with("pay_rate", 1000001), 422, "pay_rate"),
                create("unknown priority", with("priority", "whenever"), 422, "priority"),
                create("unknown status", with("status", "completed"), 422, "status"),
                create("title too long", with("title", "t".repeat(256)), 422, "title"),
                new Case("malformed JSON", "POST", "/api/v1/hospital/shifts", "{\"title\":", 400, null),
                // ₹1000 × 8 h hourly = ₹8800 for one position; the wallet holds ₹1000
                create("published without the money", publishedHourly(), 402, null));

        assertRefused(hospital, cases);
        assertThat(shiftEventCount()).isEqualTo(shiftEvents + 4);
        assertThat(stateOf(hospital).balance()).isEqualByComparingTo(wallet.balance());
        Api.Response list = api.post("/api/v1/hospital/fetch-shifts", hospital.token(), Map.of());
        assertThat(list.data()).isEmpty();
    }

    @Test
    void refusalsSayWhatTheyExpect() {
        Party hospital = registerHospital();
        topUp(hospital, "5000");
        LocalDate today = LocalDate.now(ShiftScenarios.PLATFORM_ZONE);
        Map<String, String> expected = new java.util.LinkedHashMap<>();
        expected.put("shift_date=" + today.minusDays(1), "The shift date must be today (" + today
                + " in Asia/Kolkata, the platform's time zone) or later.");
        expected.put("shift_date=31-12-2030", "The shift date must be a date as YYYY-MM-DD (ISO-8601).");
        expected.put("start_time=8am", "The start time must be a time as HH:mm (24-hour, 00:00 to 23:59).");
        expected.put("profession_type=pilot",
                "The profession type must be one of: doctor, nurse, technician, staff, paramedic.");
        expected.put("pay_type=weekly", "The pay type must be one of: hourly, fixed.");
        expected.put("priority=whenever", "The priority must be one of: normal, urgent, critical.");
        expected.put("status=completed", "The status must be one of: draft, published.");
        SoftAssertions softly = new SoftAssertions();
        expected.forEach((change, message) -> {
            String field = change.substring(0, change.indexOf('='));
            Api.Response refused = api.post("/api/v1/hospital/shifts", hospital.token(),
                    with(field, change.substring(change.indexOf('=') + 1)));
            softly.assertThat(refused.body().path("errors").path(field).path(0).asText()).as(change)
                    .isEqualTo(message);
        });
        long shiftId = createPublished(hospital);
        Api.Response decision = api.post("/api/v1/hospital/shifts/" + shiftId + "/applications/1", hospital.token(),
                Map.of("action", "maybe"));
        softly.assertThat(decision.body().path("errors").path("action").path(0).asText())
                .isEqualTo("The action must be one of: accept, reject.");
        Api.Response filtered = api.post("/api/v1/hospital/fetch-shifts", hospital.token(),
                Map.of("sort_order", "up"));
        softly.assertThat(filtered.body().path("errors").path("sort_order").path(0).asText())
                .isEqualTo("The sort order must be one of: asc, desc.");
        softly.assertAll();
    }

    @Test
    void changingPublishingAndCancellingRefuseBadInputAndChangeNothing() {
        Party hospital = registerHospital();
        topUp(hospital, "5000");
        long shiftId = createPublished(hospital);
        awaitWallet(hospital, "/api/v1/hospital/wallet", "2800.00");
        Party other = registerHospital();
        long events = shiftEventCount();
        WalletState wallet = stateOf(hospital);

        assertRefused(hospital, List.of(
                new Case("pay rate not a number", "PUT", "/api/v1/hospital/shifts/" + shiftId,
                        Map.of("pay_rate", "abc"), 422, "pay_rate"),
                new Case("client's facility pay differs", "PUT", "/api/v1/hospital/shifts/" + shiftId,
                        Map.of("pay_rate", 1200, "facility_pay", 999), 422, "facility_pay"),
                new Case("raise beyond the wallet", "PUT", "/api/v1/hospital/shifts/" + shiftId,
                        Map.of("pay_rate", 100000), 402, null),
                new Case("end before start", "PUT", "/api/v1/hospital/shifts/" + shiftId,
                        Map.of("end_time", "07:00"), 422, "end_time"),
                new Case("publish a published shift", "POST", "/api/v1/hospital/shifts/" + shiftId + "/publish",
                        "{}", 409, null),
                new Case("unknown shift", "PUT", "/api/v1/hospital/shifts/99999999", Map.of("title", "x"), 404, null),
                new Case("non-numeric shift id", "POST", "/api/v1/hospital/shifts/abc/cancel", "{}", 404, null),
                new Case("cancel reason too long", "POST", "/api/v1/hospital/shifts/" + shiftId + "/cancel",
                        Map.of("reason", "r".repeat(1001)), 422, "reason")));
        assertRefused(other, List.of(
                new Case("another hospital's shift", "PUT", "/api/v1/hospital/shifts/" + shiftId,
                        Map.of("pay_rate", 10), 404, null),
                new Case("another hospital cancels", "POST", "/api/v1/hospital/shifts/" + shiftId + "/cancel", "{}",
                        404, null)));

        assertThat(shiftEventCount()).isEqualTo(events + 2);
        assertThat(stateOf(hospital).balance()).isEqualByComparingTo(wallet.balance());
    }

    @Test
    void applicationsAndAttendanceRefuseBadInputAndChangeNothing() {
        Party hospital = registerHospital();
        topUp(hospital, "5000");
        long shiftId = createPublished(hospital);
        Party nurse = registerProfessional("nurse");
        Api.Response applied = api.post("/api/v1/professional/shifts/" + shiftId + "/apply", nurse.token(), "{}");
        assertThat(applied.status()).isEqualTo(200);
        long applicationId = applied.data().path("id").asLong();
        long events = shiftEventCount();

        assertRefused(hospital, List.of(
                new Case("unknown action", "POST", "/api/v1/hospital/shifts/" + shiftId + "/applications/"
                        + applicationId, Map.of("action", "maybe"), 422, "action"),
                new Case("unknown application", "POST", "/api/v1/hospital/shifts/" + shiftId
                        + "/applications/99999999", Map.of("action", "accept"), 404, null),
                new Case("attendance without fields", "POST", "/api/v1/hospital/attendance/mark", Map.of(), 422,
                        "shift_id"),
                new Case("attendance unknown status", "POST", "/api/v1/hospital/attendance/mark",
                        Map.of("shift_id", shiftId, "professional_id", nurse.profileId(), "status", "late"), 422,
                        "status"),
                new Case("attendance of someone not accepted", "POST", "/api/v1/hospital/attendance/mark",
                        Map.of("shift_id", shiftId, "professional_id", nurse.profileId(), "status", "completed"),
                        422, "professional_id")));
        assertRefused(nurse, List.of(
                new Case("cover note too long", "POST", "/api/v1/professional/shifts/" + shiftId + "/apply",
                        Map.of("cover_note", "n".repeat(1001)), 422, "cover_note"),
                new Case("apply to an unknown shift", "POST", "/api/v1/professional/shifts/99999999/apply", "{}",
                        404, null),
                new Case("check in without a position", "POST", "/api/v1/professional/shifts/" + shiftId
                        + "/check-in", Map.of(), 422, "latitude"),
                new Case("check in with latitude out of range", "POST", "/api/v1/professional/shifts/" + shiftId
                        + "/check-in", Map.of("latitude", 91, "longitude", 72.8), 422, "latitude"),
                new Case("check in before being accepted", "POST", "/api/v1/professional/shifts/" + shiftId
                        + "/check-in", Map.of("latitude", 19.07, "longitude", 72.8), 422, "professional_id"),
                new Case("check out without checking in", "POST", "/api/v1/professional/shifts/" + shiftId
                        + "/check-out", "{}", 422, "professional_id"),
                new Case("withdraw an unknown application", "POST", "/api/v1/professional/applications/99999999"
                        + "/withdraw", "{}", 404, null)));
        Party stranger = registerProfessional("nurse");
        assertRefused(stranger, List.of(
                new Case("withdraw someone else's application", "POST", "/api/v1/professional/applications/"
                        + applicationId + "/withdraw", "{}", 404, null)));
        Party otherHospital = registerHospital();
        assertRefused(otherHospital, List.of(
                new Case("another hospital decides the application", "POST", "/api/v1/hospital/shifts/" + shiftId
                        + "/applications/" + applicationId, Map.of("action", "accept"), 404, null),
                new Case("another hospital marks attendance", "POST", "/api/v1/hospital/attendance/mark",
                        Map.of("shift_id", shiftId, "professional_id", nurse.profileId(), "status", "no_show"), 404,
                        null),
                new Case("another hospital publishes", "POST", "/api/v1/hospital/shifts/" + shiftId + "/publish",
                        "{}", 404, null),
                new Case("another hospital reads the application", "GET", "/api/v1/hospital/applications/"
                        + applicationId, null, 404, null),
                new Case("another hospital reads the shift", "GET", "/api/v1/hospital/shifts/" + shiftId, null, 404,
                        null)));

        assertThat(shiftEventCount()).isEqualTo(events);
    }

    @Test
    void checkInFarFromAHospitalWithALocationIsRefused() {
        String email = "located-" + unique() + "@shiftledger.test";
        Api.Response registered = api.post("/api/v1/auth/register", null, Map.of("name", "Located Hospital",
                "email", email, "password", "Secret@123", "password_confirmation", "Secret@123",
                "user_type", "hospital", "latitude", 19.0760, "longitude", 72.8777));
        assertThat(registered.status()).isEqualTo(201);
        Party hospital = new Party(registered.text("data.token"), registered.data().path("profile").path("id").asLong(),
                registered.data().path("profile").path("wallet_id").asLong(), email, "hospital");
        topUp(hospital, "5000");
        Map<String, Object> body = new HashMap<>(ShiftScenarios.startedShift("nurse", "fixed", "500", 1));
        body.put("status", "published");
        long shiftId = api.post("/api/v1/hospital/shifts", hospital.token(), body).data().path("id").asLong();
        Party nurse = registerProfessional("nurse");
        long applicationId = api.post("/api/v1/professional/shifts/" + shiftId + "/apply", nurse.token(), "{}")
                .data().path("id").asLong();
        assertThat(api.post("/api/v1/hospital/shifts/" + shiftId + "/applications/" + applicationId,
                hospital.token(), Map.of("action", "accept")).status()).isEqualTo(200);

        Api.Response far = api.post("/api/v1/professional/shifts/" + shiftId + "/check-in", nurse.token(),
                Map.of("latitude", 19.0860, "longitude", 72.8777));
        Api.Response near = api.post("/api/v1/professional/shifts/" + shiftId + "/check-in", nurse.token(),
                Map.of("latitude", 19.0765, "longitude", 72.8777));

        assertThat(far.status()).isEqualTo(422);
        assertThat(far.body().path("errors").has("latitude")).isTrue();
        assertThat(near.status()).as(near.body().toString()).isEqualTo(200);
    }

    private long createPublished(Party hospital) {
        Map<String, Object> body = new HashMap<>(ShiftScenarios.futureShift("nurse", "fixed", "1000", 2));
        body.put("status", "published");
        Api.Response created = api.post("/api/v1/hospital/shifts", hospital.token(), body);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.data().path("id").asLong();
    }

    private static Case create(String name, Map<String, Object> body, int status, String field) {
        return new Case(name, "POST", "/api/v1/hospital/shifts", body, status, field);
    }

    private static Map<String, Object> with(String field, Object value) {
        Map<String, Object> body = new HashMap<>(ShiftScenarios.futureShift("nurse", "fixed", "1000", 1));
        body.put(field, value);
        return body;
    }

    private static Map<String, Object> publishedHourly() {
        Map<String, Object> body = new HashMap<>(ShiftScenarios.futureShift("nurse", "hourly", "1000", 1));
        body.put("status", "published");
        return body;
    }

    private void assertRefused(Party caller, List<Case> cases) {
        SoftAssertions softly = new SoftAssertions();
        for (Case bad : cases) {
            String body = bad.body() == null ? null : bad.body() instanceof String raw ? raw : Api.write(bad.body());
            Api.Response response = api.raw(bad.method(), bad.path(), caller.token(), body, "application/json");
            String description = bad.name() + " -> " + response.status() + " " + response.body();
            softly.assertThat(response.status()).as(description).isEqualTo(bad.status());
            softly.assertThat(response.body().path("success").asBoolean(true)).as(description).isFalse();
            softly.assertThat(response.text("message")).as(description).isNotBlank();
            if (bad.status() == 422) {
                JsonNode errors = response.body().path("errors");
                softly.assertThat(errors.path(bad.field()).isArray()).as(description + " errors." + bad.field())
                        .isTrue();
            }
        }
        softly.assertAll();
    }

    private long shiftEventCount() {
        Long count = jdbc.queryForObject("select count(*) from domain_event_entry "
                + "where aggregate_identifier like 'shift-%'", Long.class);
        return count == null ? 0 : count;
    }
}
