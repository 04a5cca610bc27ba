package com.shiftledger.shift;

import com.fasterxml.jackson.databind.JsonNode;
import com.shiftledger.api.shift.ProfessionType;
import com.shiftledger.support.Api;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static com.shiftledger.shift.ShiftLifecycleViewTest.byId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The professional's shift endpoints: open shifts, a shift's detail, their shifts, applications, attendance. */
class ProfessionalShiftQueryTest extends ShiftEventsTest {

    private static final ProfessionType MEDIC = ProfessionType.PARAMEDIC;

    @Test
    void openShiftsAreOfTheirProfessionPublishedWithAPositionOpenNotEndedAndNotAppliedFor() {
        Party hospital = registerHospital();
        Party medic = registerProfessional("paramedic");
        Party colleague = registerProfessional("paramedic");
        TestShift open = publishWithoutMoving(draft(hospital, "Ambulance A", today().plusDays(1), MEDIC, 900, 2));
        TestShift started = publishWithoutMoving(draft(hospital, "Ambulance B", today().plusDays(2), MEDIC, 900, 2));
        checkIn(started, applyAndAccept(started, colleague), at(today().plusDays(2), 9, 0));
        TestShift forDoctors = publishWithoutMoving(draft(hospital, "Clinic", today().plusDays(1),
                ProfessionType.DOCTOR, 900, 1));
        TestShift unpublished = draft(hospital, "Draft run", today().plusDays(1), MEDIC, 900, 1);
        TestShift full = publishWithoutMoving(draft(hospital, "Full run", today().plusDays(1), MEDIC, 900, 1));
        applyAndAccept(full, colleague);
        TestShift ended = publishWithoutMoving(draft(hospital, "Ended run", today().plusDays(1), MEDIC, 900, 1));
        end(ended);
        TestShift past = publishWithoutMoving(draft(hospital, "Past run", today().minusDays(1), MEDIC, 900, 1));
        TestShift applied = publishWithoutMoving(draft(hospital, "Applied run", today().plusDays(1), MEDIC, 900, 2));
        apply(applied, medic, MEDIC, "Count me in");
        TestShift cancelled = publishWithoutMoving(draft(hospital, "Cancelled run", today().plusDays(1), MEDIC, 900, 1));
        cancel(cancelled);
        awaitShift(cancelled, view -> assertThat(view.path("status").asText()).isEqualTo("cancelled"));
        Set<Long> ofThisTest = Set.of(open.value(), started.value(), forDoctors.value(), unpublished.value(),
                full.value(), ended.value(), past.value(), applied.value(), cancelled.value());

        // each shift's events are projected in order, but different shifts catch up independently
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            Api.Response list = api.get("/api/v1/professional/shifts?per_page=100", medic.token());
            assertThat(list.status()).isEqualTo(200);
            assertThat(list.body().path("pagination").path("per_page").asInt()).isEqualTo(100);
            List<Long> listed = new ArrayList<>();
            list.data().forEach(shift -> {
                assertThat(shift.path("profession_type").asText()).isEqualTo("paramedic");
                assertThat(shift.path("status").asText()).isIn("published", "in_progress");
                if (ofThisTest.contains(shift.path("id").asLong())) {
                    listed.add(shift.path("id").asLong());
                }
            });
            assertThat(listed).containsExactly(open.value(), started.value());
            for (TestShift visible : List.of(open, started, applied)) {
                Api.Response detail = api.get("/api/v1/professional/shifts/" + visible.value(), medic.token());
                assertThat(detail.status()).as(visible.details().title()).isEqualTo(200);
                assertThat(detail.data().path("id").asLong()).isEqualTo(visible.value());
            }
            for (TestShift hidden : List.of(forDoctors, unpublished, full, ended, past, cancelled)) {
                Api.Response detail = api.get("/api/v1/professional/shifts/" + hidden.value(), medic.token());
                assertThat(detail.status()).as(hidden.details().title()).isEqualTo(404);
                assertThat(detail.body().path("success").asBoolean()).isFalse();
            }
        });
        assertThat(api.get("/api/v1/professional/shifts/" + full.value(), colleague.token()).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/professional/shifts/999999999", medic.token()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/professional/shifts", hospital.token()).status()).isEqualTo(403);
    }

    @Test
    void upcomingAndCompletedShiftsAreThoseTheyAreAcceptedFor() {
        Party hospital = registerHospital();
        Party medic = registerProfessional("paramedic");
        LocalDate yesterday = today().minusDays(1);
        TestShift later = publishWithoutMoving(draft(hospital, "Later", today().plusDays(3), MEDIC, 900, 1));
        applyAndAccept(later, medic);
        TestShift tomorrow = publishWithoutMoving(draft(hospital, "Tomorrow", today().plusDays(1), MEDIC, 900, 1));
        checkIn(tomorrow, applyAndAccept(tomorrow, medic), at(today().plusDays(1), 8, 50));
        TestShift worked = fundAndPublish(draft(hospital, "Worked", yesterday, MEDIC, 900, 1));
        TestApplication work = applyAndAccept(worked, medic);
        completePosition(worked, work, at(yesterday, 9, 0), at(yesterday, 17, 5));
        completeShift(worked);
        TestShift missed = publishWithoutMoving(draft(hospital, "Missed", today().plusDays(2), MEDIC, 900, 1));
        noShow(missed, applyAndAccept(missed, medic));
        TestShift called = publishWithoutMoving(draft(hospital, "Called off", today().plusDays(4), MEDIC, 900, 1));
        applyAndAccept(called, medic);
        cancel(called);
        TestShift pendingOnly = publishWithoutMoving(draft(hospital, "Pending", today().plusDays(5), MEDIC, 900, 1));
        apply(pendingOnly, medic, MEDIC, null);
        TestShift overdue = publishWithoutMoving(draft(hospital, "Overdue", yesterday, MEDIC, 900, 1));
        applyAndAccept(overdue, medic);
        awaitShift(overdue, view -> assertThat(view.path("positions_filled").asInt()).isEqualTo(1));
        awaitShift(called, view -> assertThat(view.path("status").asText()).isEqualTo("cancelled"));

        JsonNode upcoming = awaitGet("/api/v1/professional/shifts-upcoming", medic, body -> {
            assertThat(ids(body)).containsExactly(tomorrow.value(), later.value());
            assertThat(body.path("data").get(0).path("status").asText()).isEqualTo("in_progress");
        });
        assertThat(upcoming.path("pagination").path("total").asInt()).isEqualTo(2);
        assertThat(upcoming.path("data").get(0).path("status").asText()).isEqualTo("in_progress");
        JsonNode completed = awaitGet("/api/v1/professional/shifts-completed", medic, body -> {
            assertThat(ids(body)).containsExactly(worked.value());
            assertThat(body.path("data").get(0).path("status").asText()).isEqualTo("completed");
        });
        assertThat(completed.path("data").get(0).path("status").asText()).isEqualTo("completed");
        awaitCleanAudit(adminToken());
    }

    @Test
    void myApplicationsShowTheirShiftsNewestFirstAndFilterByStatus() {
        Party hospital = registerHospital();
        Party medic = registerProfessional("paramedic");
        TestShift first = publishWithoutMoving(draft(hospital, "First", today().plusDays(1), MEDIC, 900, 1));
        TestApplication pending = apply(first, medic, MEDIC, "First note");
        TestShift second = publishWithoutMoving(draft(hospital, "Second", today().plusDays(2), MEDIC, 900, 1));
        TestApplication accepted = applyAndAccept(second, medic);
        TestShift third = publishWithoutMoving(draft(hospital, "Third", today().plusDays(3), MEDIC, 900, 1));
        TestApplication rejected = apply(third, medic, MEDIC, null);
        reject(third, rejected);
        TestShift fourth = publishWithoutMoving(draft(hospital, "Fourth", today().plusDays(4), MEDIC, 900, 1));
        TestApplication withdrawn = apply(fourth, medic, MEDIC, null);
        withdraw(fourth, withdrawn);
        TestShift fifth = publishWithoutMoving(draft(hospital, "Fifth", today().plusDays(5), MEDIC, 900, 1));
        TestApplication cancelled = applyAndAccept(fifth, medic);
        cancel(fifth);

        JsonNode all = awaitGet("/api/v1/professional/my-applications", medic, body -> {
            assertThat(ids(body)).containsExactly(cancelled.id(), withdrawn.id(), rejected.id(), accepted.id(),
                    pending.id());
            assertThat(byId(body.path("data"), cancelled.id()).path("status").asText()).isEqualTo("cancelled");
            assertThat(byId(body.path("data"), accepted.id()).path("status").asText()).isEqualTo("accepted");
            assertThat(byId(body.path("data"), rejected.id()).path("status").asText()).isEqualTo("rejected");
            assertThat(byId(body.path("data"), withdrawn.id()).path("status").asText()).isEqualTo("withdrawn");
        });
        JsonNode oldest = byId(all.path("data"), pending.id());
        assertThat(oldest.path("status").asText()).isEqualTo("pending");
        assertThat(oldest.path("cover_note").asText()).isEqualTo("First note");
        assertThat(oldest.path("shift").path("id").asLong()).isEqualTo(first.value());
        assertThat(oldest.path("shift").path("title").asText()).isEqualTo("First");
        assertThat(oldest.path("applied_at").asText()).endsWith("Z");
        assertThat(byId(all.path("data"), accepted.id()).path("decided_at").asText()).endsWith("Z");

        assertThat(ids(get(medic, "/api/v1/professional/my-applications?status=accepted")))
                .containsExactly(accepted.id());
        assertThat(ids(get(medic, "/api/v1/professional/my-applications?status=withdrawn")))
                .containsExactly(withdrawn.id());
        JsonNode paged = get(medic, "/api/v1/professional/my-applications?per_page=2&page=3");
        assertThat(ids(paged)).containsExactly(pending.id());
        assertThat(paged.path("pagination").path("total").asInt()).isEqualTo(5);
        assertThat(paged.path("pagination").path("last_page").asInt()).isEqualTo(3);
        Api.Response invalid = api.get("/api/v1/professional/my-applications?status=hired", medic.token());
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.body().path("errors").has("status")).isTrue();
    }

    @Test
    void myAttendanceIsTheirOwnWithTheSeedsFilters() {
        Party hospital = registerHospital();
        Party medic = registerProfessional("paramedic");
        Party colleague = registerProfessional("paramedic");
        LocalDate yesterday = today().minusDays(1);
        TestShift past = fundAndPublish(draft(hospital, "Past", yesterday, MEDIC, 1000, 2));
        TestApplication worked = applyAndAccept(past, medic);
        applyAndAccept(past, colleague);
        completePosition(past, worked, at(yesterday, 9, 30), at(yesterday, 13, 45));
        TestShift next = publishWithoutMoving(draft(hospital, "Next", today().plusDays(2), MEDIC, 1000, 1));
        TestApplication booked = applyAndAccept(next, medic);

        JsonNode all = awaitGet("/api/v1/professional/my-attendance", medic, body -> {
            assertThat(ids(body)).containsExactly(booked.id(), worked.id());
            assertThat(byId(body.path("data"), worked.id()).path("status").asText()).isEqualTo("completed");
        });
        JsonNode done = byId(all.path("data"), worked.id());
        assertThat(done.path("status").asText()).isEqualTo("completed");
        assertThat(done.path("hours_worked").asText()).isEqualTo("4:15");
        assertThat(done.path("amount_earned").decimalValue()).isEqualByComparingTo("1000.00");
        assertThat(done.path("professional_id").asLong()).isEqualTo(medic.profileId());

        assertThat(ids(get(medic, "/api/v1/professional/my-attendance?status=completed"))).containsExactly(worked.id());
        assertThat(ids(get(medic, "/api/v1/professional/my-attendance?date=" + yesterday)))
                .containsExactly(worked.id());
        assertThat(ids(get(medic, "/api/v1/professional/my-attendance?date_from=" + today())))
                .containsExactly(booked.id());
        assertThat(ids(get(medic, "/api/v1/professional/my-attendance?date_to=" + yesterday + "&limit=1")))
                .containsExactly(worked.id());
        assertThat(api.get("/api/v1/professional/my-attendance?status=done", medic.token()).status()).isEqualTo(422);
        assertThat(api.get("/api/v1/professional/my-attendance?date_from=2025-1-1", medic.token()).status())
                .isEqualTo(422);
    }

    private JsonNode get(Party party, String path) {
        Api.Response response = api.get(path, party.token());
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        return response.body();
    }

    private static List<Long> ids(JsonNode body) {
        List<Long> ids = new ArrayList<>();
        body.path("data").forEach(item -> ids.add(item.path("id").asLong()));
        return ids;
    }
}
