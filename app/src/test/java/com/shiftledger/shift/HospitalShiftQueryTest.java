package com.shiftledger.shift;

import com.fasterxml.jackson.databind.JsonNode;
import com.shiftledger.api.money.Money;
import com.shiftledger.api.shift.PayType;
import com.shiftledger.api.shift.ProfessionType;
import com.shiftledger.api.shift.ReleaseReason;
import com.shiftledger.api.shift.ShiftCancelledEvent;
import com.shiftledger.support.Api;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.shiftledger.shift.ShiftLifecycleViewTest.byId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The hospital's shift endpoints: the seed's list with filters and links, details, applications, attendance. */
class HospitalShiftQueryTest extends ShiftEventsTest {

    private static final String FETCH = "/api/v1/hospital/fetch-shifts";

    @Test
    void fetchShiftsPagesTheHospitalsOwnShiftsWithTheSeedsPaginationAndLinks() {
        Party hospital = registerHospital();
        Party otherHospital = registerHospital();
        TestShift third = draft(hospital, "Third", today().plusDays(3), ProfessionType.NURSE, 500, 1);
        TestShift first = draft(hospital, "First", today().plusDays(1), ProfessionType.NURSE, 500, 1);
        TestShift second = draft(hospital, "Second", today().plusDays(2), ProfessionType.NURSE, 500, 1);
        draft(otherHospital, "Elsewhere", today().plusDays(1), ProfessionType.NURSE, 500, 1);
        awaitFetch(hospital, Map.of(), 3);

        Api.Response page1 = api.post(FETCH, hospital.token(), Map.of("per_page", 2));
        assertThat(page1.status()).isEqualTo(200);
        assertThat(page1.body().path("success").asBoolean()).isTrue();
        assertThat(ids(page1)).containsExactly(first.value(), second.value());
        JsonNode pagination = page1.body().path("pagination");
        assertThat(pagination.path("current_page").asInt()).isEqualTo(1);
        assertThat(pagination.path("per_page").asInt()).isEqualTo(2);
        assertThat(pagination.path("total").asInt()).isEqualTo(3);
        assertThat(pagination.path("last_page").asInt()).isEqualTo(2);
        assertThat(pagination.path("from").asInt()).isEqualTo(1);
        assertThat(pagination.path("to").asInt()).isEqualTo(2);
        assertThat(pagination.path("has_more_pages").asBoolean()).isTrue();
        JsonNode links = page1.body().path("links");
        assertThat(links.path("first").asText()).endsWith(FETCH + "?page=1");
        assertThat(links.path("last").asText()).endsWith(FETCH + "?page=2");
        assertThat(links.path("prev").isNull()).isTrue();
        assertThat(links.path("next").asText()).endsWith(FETCH + "?page=2");

        Api.Response page2 = api.post(FETCH, hospital.token(), Map.of("page", 2, "limit", 2));
        assertThat(ids(page2)).containsExactly(third.value());
        assertThat(page2.body().path("pagination").path("from").asInt()).isEqualTo(3);
        assertThat(page2.body().path("pagination").path("has_more_pages").asBoolean()).isFalse();
        assertThat(page2.body().path("links").path("prev").asText()).endsWith(FETCH + "?page=1");
        assertThat(page2.body().path("links").path("next").isNull()).isTrue();

        Api.Response withoutBody = api.post(FETCH, hospital.token(), "");
        assertThat(withoutBody.status()).isEqualTo(200);
        assertThat(withoutBody.body().path("pagination").path("per_page").asInt()).isEqualTo(15);
        Api.Response capped = api.post(FETCH, hospital.token(), Map.of("per_page", 500));
        assertThat(capped.body().path("pagination").path("per_page").asInt()).isEqualTo(100);
        assertThat(ids(capped)).containsExactly(first.value(), second.value(), third.value());
    }

    @Test
    void fetchShiftsFiltersSearchesAndSorts() {
        Party hospital = registerHospital();
        TestShift current = draft(hospital, "ICU Night", null, today(), ProfessionType.NURSE, PayType.FIXED, 1000, 1);
        TestShift soon = publishWithoutMoving(draft(hospital, "OT Morning", "Surgery support", today().plusDays(5),
                ProfessionType.DOCTOR, PayType.FIXED, 2000, 1));
        TestShift later = draft(hospital, "Ward Evening", "ICU backup cover", today().plusDays(10),
                ProfessionType.NURSE, PayType.HOURLY, 150, 1);
        publish(new ShiftCancelledEvent(later.id(), "Not needed"));
        awaitFetch(hospital, Map.of("status", "cancelled"), 1);
        awaitFetch(hospital, Map.of("status", "published"), 1);
        awaitFetch(hospital, Map.of("status", "draft"), 1);

        assertThat(fetch(hospital, Map.of("status", "published"))).containsExactly(soon.value());
        assertThat(fetch(hospital, Map.of("status", "draft"))).containsExactly(current.value());
        assertThat(fetch(hospital, Map.of("filter_status", "today_shift"))).containsExactly(current.value());
        assertThat(fetch(hospital, Map.of("filter_status", "upcoming"))).containsExactly(soon.value(), later.value());
        assertThat(fetch(hospital, Map.of("shift_date", today().plusDays(5).toString()))).containsExactly(soon.value());
        assertThat(fetch(hospital, Map.of("profession_type", "nurse"))).containsExactly(current.value(), later.value());
        assertThat(fetch(hospital, Map.of("search", "icu"))).containsExactly(current.value(), later.value());
        assertThat(fetch(hospital, Map.of("search", soon.code().toLowerCase()))).containsExactly(soon.value());
        assertThat(fetch(hospital, Map.of("search", "icu_"))).isEmpty();
        assertThat(fetch(hospital, Map.of("sort_by", "pay_rate", "sort_order", "desc")))
                .containsExactly(soon.value(), current.value(), later.value());
        assertThat(fetch(hospital, Map.of("sort_by", "title"))).containsExactly(current.value(), soon.value(),
                later.value());
        assertThat(fetch(hospital, Map.of("sort_order", "desc"))).containsExactly(later.value(), soon.value(),
                current.value());
        assertThat(fetch(hospital, Map.of("sort_by", "status")))
                .containsExactly(later.value(), current.value(), soon.value());
        assertThat(fetch(hospital, Map.of("status", "PUBLISHED", "profession_type", "doctor")))
                .containsExactly(soon.value());
    }

    @Test
    void invalidFiltersAnswer422InTheSeedsErrorShape() {
        Party hospital = registerHospital();
        Map<String, Object> bad = new HashMap<>();
        bad.put("status", "open");
        bad.put("filter_status", "tomorrow");
        bad.put("shift_date", "2025-02-30");
        bad.put("profession_type", "pilot");
        bad.put("sort_by", "hospital");
        bad.put("sort_order", "up");
        Api.Response refused = api.post(FETCH, hospital.token(), bad);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().path("success").asBoolean()).isFalse();
        assertThat(refused.body().path("message").asText()).isNotBlank();
        for (String field : bad.keySet()) {
            assertThat(refused.body().path("errors").path(field).get(0).asText()).as(field).isNotBlank();
        }
        Api.Response notANumber = api.post(FETCH, hospital.token(), Map.of("per_page", "many"));
        assertThat(notANumber.status()).isEqualTo(422);
        assertThat(notANumber.body().path("errors").has("per_page")).isTrue();

        Api.Response badStatus = api.get("/api/v1/hospital/attendances?status=late", hospital.token());
        assertThat(badStatus.status()).isEqualTo(422);
        assertThat(badStatus.body().path("errors").has("status")).isTrue();
        Api.Response badDate = api.get("/api/v1/hospital/attendances?date=yesterday", hospital.token());
        assertThat(badDate.status()).isEqualTo(422);
        assertThat(badDate.body().path("errors").has("date")).isTrue();
        Api.Response backwards = api.get("/api/v1/hospital/attendances?date_from=2025-03-10&date_to=2025-03-01",
                hospital.token());
        assertThat(backwards.status()).isEqualTo(422);
        assertThat(backwards.body().path("errors").has("date_to")).isTrue();
    }

    @Test
    void aShiftAndItsApplicationsAreOnlyTheirOwnHospitals() {
        Party hospital = registerHospital();
        Party otherHospital = registerHospital();
        Party firstNurse = registerProfessional("nurse");
        Party secondNurse = registerProfessional("nurse");
        TestShift shift = publishWithoutMoving(draft(hospital, "Night", today().plusDays(2), ProfessionType.NURSE,
                900, 2));
        TestApplication older = apply(shift, firstNurse, ProfessionType.NURSE, "I am available.");
        TestApplication newer = apply(shift, secondNurse, ProfessionType.NURSE, null);
        accept(shift, newer);
        awaitShift(shift, view -> assertThat(view.path("positions_filled").asInt()).isEqualTo(1));

        Api.Response detail = api.get("/api/v1/hospital/shifts/" + shift.value(), hospital.token());
        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.body().path("success").asBoolean()).isTrue();
        assertThat(detail.data().path("shift_code").asText()).isEqualTo(shift.code());

        Api.Response applications = api.get("/api/v1/hospital/shifts/" + shift.value() + "/applications",
                hospital.token());
        assertThat(applications.status()).isEqualTo(200);
        assertThat(applications.body().path("success").asBoolean()).isTrue();
        assertThat(applications.data()).hasSize(2);
        JsonNode newest = applications.data().get(0);
        assertThat(newest.path("id").asLong()).isEqualTo(newer.id());
        assertThat(newest.path("status").asText()).isEqualTo("accepted");
        assertThat(newest.path("professional").path("id").asLong()).isEqualTo(secondNurse.profileId());
        assertThat(newest.path("professional").path("first_name").asText()).isEqualTo("John");
        assertThat(newest.path("professional").path("last_name").asText()).isEqualTo("Doe");
        assertThat(newest.has("shift")).isFalse();
        assertThat(applications.data().get(1).path("status").asText()).isEqualTo("pending");

        Api.Response application = api.get("/api/v1/hospital/applications/" + older.id(), hospital.token());
        assertThat(application.status()).isEqualTo(200);
        assertThat(application.data().path("id").asLong()).isEqualTo(older.id());
        assertThat(application.data().path("cover_note").asText()).isEqualTo("I am available.");
        assertThat(application.data().path("status").asText()).isEqualTo("pending");
        assertThat(application.data().path("professional").path("id").asLong()).isEqualTo(firstNurse.profileId());
        assertThat(application.data().path("shift").path("id").asLong()).isEqualTo(shift.value());
        assertThat(application.data().path("shift").path("title").asText()).isEqualTo("Night");

        for (String path : List.of("/api/v1/hospital/shifts/" + shift.value(),
                "/api/v1/hospital/shifts/" + shift.value() + "/applications",
                "/api/v1/hospital/applications/" + older.id())) {
            Api.Response foreign = api.get(path, otherHospital.token());
            assertThat(foreign.status()).as(path).isEqualTo(404);
            assertThat(foreign.body().path("success").asBoolean()).isFalse();
        }
        assertThat(api.get("/api/v1/hospital/shifts/999999999", hospital.token()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/hospital/shifts/abc", hospital.token()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/hospital/applications/abc", hospital.token()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/hospital/shifts/" + shift.value(), firstNurse.token()).status()).isEqualTo(403);
    }

    @Test
    void completedShiftsAndAttendanceWithTheirFilters() {
        Party hospital = registerHospital();
        Party worker = registerProfessional("technician");
        Party absentee = registerProfessional("technician");
        Party upcoming = registerProfessional("technician");
        LocalDate yesterday = today().minusDays(1);
        TestShift past = fundAndPublish(draft(hospital, "Lab Day", yesterday, ProfessionType.TECHNICIAN, 1200, 2));
        TestApplication worked = applyAndAccept(past, worker);
        TestApplication missed = applyAndAccept(past, absentee);
        checkIn(past, worked, at(yesterday, 9, 5));
        completePosition(past, worked, at(yesterday, 9, 5), at(yesterday, 17, 0));
        noShow(past, missed);
        end(past);
        completeShift(past);
        Money left = past.price().total().minus(past.price().facilityPay());
        release(past, 1, ReleaseReason.SHIFT_SETTLED, left, Money.ZERO);
        LocalDate nextWeek = today().plusDays(7);
        TestShift future = publishWithoutMoving(draft(hospital, "Lab Night", nextWeek, ProfessionType.TECHNICIAN,
                1000, 1));
        TestApplication booked = applyAndAccept(future, upcoming);
        awaitGet("/api/v1/hospital/attendances", hospital, body -> assertThat(body.path("data")).hasSize(3));
        awaitGet("/api/v1/hospital/shifts-completed", hospital, body -> {
            assertThat(body.path("data")).hasSize(1);
            assertThat(body.path("data").path(0).path("escrow_balance").isNumber()).isTrue();
            assertThat(body.path("data").path(0).path("escrow_balance").decimalValue()).isEqualByComparingTo("0.00");
        });

        Api.Response completed = api.get("/api/v1/hospital/shifts-completed", hospital.token());
        assertThat(completed.status()).isEqualTo(200);
        assertThat(completed.data()).hasSize(1);
        assertThat(completed.data().get(0).path("id").asLong()).isEqualTo(past.value());
        assertThat(completed.data().get(0).path("status").asText()).isEqualTo("completed");
        assertThat(completed.data().get(0).path("escrow_balance").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(completed.body().path("pagination").path("total").asInt()).isEqualTo(1);

        JsonNode all = api.get("/api/v1/hospital/attendances", hospital.token()).body();
        assertThat(attendanceIds(all)).containsExactly(booked.id(), missed.id(), worked.id());
        assertThat(all.path("pagination").path("total").asInt()).isEqualTo(3);
        JsonNode done = byId(all.path("data"), worked.id());
        assertThat(done.path("hours_worked").asText()).isEqualTo("7:55");
        assertThat(done.path("minutes_worked").asLong()).isEqualTo(475);
        assertThat(done.path("amount_earned").decimalValue()).isEqualByComparingTo("1200.00");
        assertThat(done.path("shift_date").asText()).isEqualTo(yesterday.toString());
        assertThat(done.path("remarks").asText()).isEqualTo("Good work");
        JsonNode pending = byId(all.path("data"), booked.id());
        assertThat(pending.path("status").asText()).isEqualTo("pending");
        assertThat(pending.path("amount_earned").isNull()).isTrue();
        assertThat(pending.path("check_in_time").isNull()).isTrue();

        assertThat(attendanceIds(get(hospital, "?status=completed"))).containsExactly(worked.id());
        assertThat(attendanceIds(get(hospital, "?status=no_show"))).containsExactly(missed.id());
        assertThat(attendanceIds(get(hospital, "?status=pending"))).containsExactly(booked.id());
        assertThat(attendanceIds(get(hospital, "?date=" + yesterday))).containsExactly(missed.id(), worked.id());
        assertThat(attendanceIds(get(hospital, "?date_from=" + today()))).containsExactly(booked.id());
        assertThat(attendanceIds(get(hospital, "?date_to=" + today()))).containsExactly(missed.id(), worked.id());
        assertThat(attendanceIds(get(hospital, "?date_from=" + yesterday + "&date_to=" + nextWeek + "&status=pending")))
                .containsExactly(booked.id());
        JsonNode limited = get(hospital, "?limit=1&page=2");
        assertThat(attendanceIds(limited)).containsExactly(missed.id());
        assertThat(limited.path("pagination").path("last_page").asInt()).isEqualTo(3);
        awaitCleanAudit(adminToken());
    }

    private JsonNode get(Party hospital, String query) {
        Api.Response response = api.get("/api/v1/hospital/attendances" + query, hospital.token());
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        return response.body();
    }

    private static List<Long> attendanceIds(JsonNode body) {
        List<Long> ids = new ArrayList<>();
        body.path("data").forEach(item -> ids.add(item.path("id").asLong()));
        return ids;
    }

    private List<Long> fetch(Party hospital, Map<String, Object> body) {
        Api.Response response = api.post(FETCH, hospital.token(), body);
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        return ids(response);
    }

    private void awaitFetch(Party hospital, Map<String, Object> body, int total) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> assertThat(api.post(FETCH, hospital.token(), body).body()
                        .path("pagination").path("total").asInt()).isEqualTo(total));
    }

    private static List<Long> ids(Api.Response response) {
        List<Long> ids = new ArrayList<>();
        response.body().path("data").forEach(item -> ids.add(item.path("id").asLong()));
        return ids;
    }
}
