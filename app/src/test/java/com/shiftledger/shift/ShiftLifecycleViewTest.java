package com.shiftledger.shift;

import com.fasterxml.jackson.databind.JsonNode;
import com.shiftledger.api.money.Money;
import com.shiftledger.api.shift.ProfessionType;
import com.shiftledger.api.shift.ReleaseReason;
import com.shiftledger.api.shift.ShiftDetails;
import com.shiftledger.api.shift.ShiftFundsReceivedEvent;
import com.shiftledger.api.shift.ShiftPayRaisedEvent;
import com.shiftledger.api.shift.ShiftPrice;
import com.shiftledger.api.shift.ShiftPriority;
import com.shiftledger.api.shift.ShiftRevisedEvent;
import com.shiftledger.api.shift.ShiftTerms;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** How a shift's events show in its view: status, positions, applications, escrow and attendance. */
class ShiftLifecycleViewTest extends ShiftEventsTest {

    @Autowired
    private EventProcessingConfiguration processing;

    @Test
    void aShiftsViewFollowsItsLifecycleAndItsEscrow() {
        Party hospital = registerHospital();
        Party firstNurse = registerProfessional("nurse");
        Party secondNurse = registerProfessional("nurse");
        LocalDate date = today().plusDays(3);

        TestShift shift = draft(hospital, "ICU Night", date, ProfessionType.NURSE, 1000, 2);
        JsonNode draft = awaitShift(shift, view -> assertThat(view.path("status").asText()).isEqualTo("draft"));
        assertThat(draft.path("id").asLong()).isEqualTo(shift.value());
        assertThat(draft.path("shift_code").asText()).isEqualTo(shift.code());
        assertThat(draft.path("hospital_id").asLong()).isEqualTo(hospital.profileId());
        assertThat(draft.path("title").asText()).isEqualTo("ICU Night");
        assertThat(draft.path("shift_date").asText()).isEqualTo(date.toString());
        assertThat(draft.path("start_time").asText()).isEqualTo("09:00");
        assertThat(draft.path("end_time").asText()).isEqualTo("17:05");
        assertThat(draft.path("is_night_shift").asBoolean()).isFalse();
        assertThat(draft.path("profession_type").asText()).isEqualTo("nurse");
        assertThat(draft.path("positions_required").asInt()).isEqualTo(2);
        assertThat(draft.path("positions_filled").asInt()).isZero();
        assertThat(draft.path("pay_type").asText()).isEqualTo("fixed");
        assertThat(draft.path("pay_rate").decimalValue()).isEqualByComparingTo("1000.00");
        assertThat(draft.path("priority").asText()).isEqualTo("normal");
        assertThat(draft.path("professional_pay").decimalValue()).isEqualByComparingTo("1000.00");
        assertThat(draft.path("service_charge_amount").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(draft.path("facility_pay").decimalValue()).isEqualByComparingTo("1100.00");
        assertThat(draft.path("total_amount").decimalValue()).isEqualByComparingTo("2200.00");
        assertThat(draft.path("escrow_balance").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(draft.path("applications_count").asInt()).isZero();
        assertThat(draft.path("published_at").isNull()).isTrue();

        fundAndPublish(shift);
        JsonNode published = awaitShift(shift, view -> assertThat(view.path("status").asText()).isEqualTo("published"));
        assertThat(published.path("escrow_balance").decimalValue()).isEqualByComparingTo("2200.00");
        assertThat(published.path("published_at").asText()).endsWith("Z");

        TestApplication first = applyAndAccept(shift, firstNurse);
        TestApplication second = apply(shift, secondNurse, ProfessionType.NURSE, "Happy to help.");
        awaitShift(shift, view -> {
            assertThat(view.path("applications_count").asInt()).isEqualTo(2);
            assertThat(view.path("positions_filled").asInt()).isEqualTo(1);
        });
        accept(shift, second);
        awaitShift(shift, view -> assertThat(view.path("positions_filled").asInt()).isEqualTo(2));

        checkIn(shift, first, at(date, 9, 0));
        awaitShift(shift, view -> assertThat(view.path("status").asText()).isEqualTo("in_progress"));

        completePosition(shift, first, at(date, 9, 0), at(date, 17, 5));
        noShow(shift, second);
        completeShift(shift);
        awaitShift(shift, view -> {
            assertThat(view.path("status").asText()).isEqualTo("completed");
            assertThat(view.path("escrow_balance").decimalValue()).isEqualByComparingTo("1100.00");
        });
        release(shift, 1, ReleaseReason.SHIFT_SETTLED, Money.ofRupees(1100), Money.ZERO);
        awaitShift(shift, view -> assertThat(view.path("escrow_balance").decimalValue()).isEqualByComparingTo("0.00"));

        JsonNode attendance = awaitGet("/api/v1/hospital/attendances", hospital,
                body -> assertThat(body.path("data")).hasSize(2)).path("data");
        JsonNode worked = byId(attendance, first.id());
        assertThat(worked.path("status").asText()).isEqualTo("completed");
        assertThat(worked.path("shift_id").asLong()).isEqualTo(shift.value());
        assertThat(worked.path("shift_code").asText()).isEqualTo(shift.code());
        assertThat(worked.path("shift_title").asText()).isEqualTo("ICU Night");
        assertThat(worked.path("professional_id").asLong()).isEqualTo(firstNurse.profileId());
        assertThat(worked.path("check_in_time").asText()).isEqualTo(at(date, 9, 0).toString());
        assertThat(worked.path("check_out_time").asText()).isEqualTo(at(date, 17, 5).toString());
        assertThat(worked.path("minutes_worked").asLong()).isEqualTo(485);
        assertThat(worked.path("hours_worked").asText()).isEqualTo("8:05");
        assertThat(worked.path("amount_earned").decimalValue()).isEqualByComparingTo("1000.00");
        JsonNode absent = byId(attendance, second.id());
        assertThat(absent.path("status").asText()).isEqualTo("no_show");
        assertThat(absent.path("amount_earned").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(absent.path("hours_worked").isNull()).isTrue();
        awaitCleanAudit(adminToken());
    }

    @Test
    void aRevisionAndAPayRaiseChangeTheShiftItsEscrowAndItsAttendance() {
        Party hospital = registerHospital();
        Party nurse = registerProfessional("nurse");
        LocalDate date = today().plusDays(4);
        TestShift draft = draft(hospital, "Ward Day", date, ProfessionType.NURSE, 800, 1);

        ShiftTerms twoPositions = draft.terms().withPositions(2);
        TestShift revised = revise(draft, "Ward Day (two nurses)", twoPositions);
        awaitShift(revised, view -> {
            assertThat(view.path("title").asText()).isEqualTo("Ward Day (two nurses)");
            assertThat(view.path("positions_required").asInt()).isEqualTo(2);
            assertThat(view.path("total_amount").decimalValue()).isEqualByComparingTo("1760.00");
        });
        fundAndPublish(revised);
        applyAndAccept(revised, nurse);
        awaitGet("/api/v1/hospital/attendances", hospital, body -> assertThat(body.path("data")).hasSize(1));

        ShiftTerms raised = twoPositions.with(twoPositions.payType(), Money.ofRupees(900), 2);
        ShiftPrice raisedPrice = raised.price(revised.schedule().scheduledMinutes());
        Money difference = raisedPrice.total().minus(revised.price().total());
        ShiftDetails raisedDetails = details("Ward Day (better pay)");
        publish(new ShiftPayRaisedEvent(revised.id(), 2, difference, fund(revised, difference, "raise"),
                raisedDetails, revised.schedule(), raised, raisedPrice));
        JsonNode view = awaitShift(revised, shift -> assertThat(shift.path("title").asText())
                .isEqualTo("Ward Day (better pay)"));
        assertThat(view.path("pay_rate").decimalValue()).isEqualByComparingTo("900.00");
        assertThat(view.path("total_amount").decimalValue()).isEqualByComparingTo("1980.00");
        assertThat(view.path("escrow_balance").decimalValue()).isEqualByComparingTo("1980.00");
        awaitGet("/api/v1/hospital/attendances", hospital, body -> assertThat(
                body.path("data").get(0).path("shift_title").asText()).isEqualTo("Ward Day (better pay)"));

        Money late = Money.ofRupees(150);
        publish(new ShiftFundsReceivedEvent(revised.id(), 3, late, fund(revised, late, "late")));
        awaitShift(revised, shift -> assertThat(shift.path("escrow_balance").decimalValue())
                .isEqualByComparingTo("2130.00"));
        release(revised, 1, ReleaseReason.EXCESS_FUNDING, late, Money.ZERO);
        awaitShift(revised, shift -> assertThat(shift.path("escrow_balance").decimalValue())
                .isEqualByComparingTo("1980.00"));
        awaitCleanAudit(adminToken());
    }

    @Test
    void cancellingAShiftCancelsItsPendingAndAcceptedApplicationsAndTheirAttendance() {
        Party hospital = registerHospital();
        LocalDate date = today().plusDays(5);
        TestShift shift = fundAndPublish(draft(hospital, "Theatre", date, ProfessionType.NURSE, 1000, 3));
        TestApplication accepted = applyAndAccept(shift, registerProfessional("nurse"));
        TestApplication pending = apply(shift, registerProfessional("nurse"), ProfessionType.NURSE, null);
        TestApplication rejected = apply(shift, registerProfessional("nurse"), ProfessionType.NURSE, null);
        reject(shift, rejected);
        TestApplication withdrawn = apply(shift, registerProfessional("nurse"), ProfessionType.NURSE, null);
        withdraw(shift, withdrawn);
        awaitShift(shift, view -> assertThat(view.path("applications_count").asInt()).isEqualTo(4));

        cancel(shift);
        Money total = shift.price().total();
        Money fee = total.percent(shift.terms().serviceChargePercent());
        release(shift, 1, ReleaseReason.SHIFT_CANCELLED, total, fee);

        JsonNode view = awaitShift(shift, s -> {
            assertThat(s.path("status").asText()).isEqualTo("cancelled");
            assertThat(s.path("escrow_balance").decimalValue()).isEqualByComparingTo("0.00");
        });
        assertThat(view.path("positions_filled").asInt()).isZero();
        assertThat(view.path("applications_count").asInt()).isEqualTo(4);
        JsonNode applications = api.get("/api/v1/hospital/shifts/" + shift.value() + "/applications",
                hospital.token()).data();
        assertThat(byId(applications, accepted.id()).path("status").asText()).isEqualTo("cancelled");
        assertThat(byId(applications, pending.id()).path("status").asText()).isEqualTo("cancelled");
        assertThat(byId(applications, rejected.id()).path("status").asText()).isEqualTo("rejected");
        assertThat(byId(applications, withdrawn.id()).path("status").asText()).isEqualTo("withdrawn");
        assertThat(api.get("/api/v1/hospital/attendances", hospital.token()).data()).isEmpty();
    }

    @Test
    void redeliveringEveryEventOfTheShiftProjectionChangesNothing() {
        Party hospital = registerHospital();
        Party nurse = registerProfessional("nurse");
        LocalDate date = today().plusDays(2);
        TestShift worked = fundAndPublish(draft(hospital, "Replay Day", date, ProfessionType.NURSE, 700, 2));
        TestApplication done = applyAndAccept(worked, nurse);
        apply(worked, registerProfessional("nurse"), ProfessionType.NURSE, "Maybe");
        checkIn(worked, done, at(date, 9, 10));
        completePosition(worked, done, at(date, 9, 10), at(date, 16, 0));
        TestShift cancelled = publishWithoutMoving(draft(hospital, "Replay Cancelled", date, ProfessionType.NURSE,
                500, 1));
        applyAndAccept(cancelled, registerProfessional("nurse"));
        cancel(cancelled);
        awaitShift(cancelled, view -> assertThat(view.path("status").asText()).isEqualTo("cancelled"));
        awaitShift(worked, view -> assertThat(view.path("status").asText()).isEqualTo("in_progress"));
        awaitGet("/api/v1/hospital/attendances", hospital, body -> assertThat(body.path("data").get(0)
                .path("status").asText()).isEqualTo("completed"));
        // the payout process pays the completed position into the nurse's wallet; the earnings settle first
        awaitWallet(nurse, "/api/v1/professional/wallet", "700.00");
        List<JsonNode> before = snapshot(hospital, nurse, worked, cancelled);

        StreamingEventProcessor processor = processing.eventProcessor("shift-projection",
                StreamingEventProcessor.class).orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            Map<Integer, EventTrackerStatus> status = processor.processingStatus();
            assertThat(status).hasSize(4);
            assertThat(status.values()).allMatch(EventTrackerStatus::isCaughtUp);
            assertThat(processor.isReplaying()).isFalse();
        });

        assertThat(snapshot(hospital, nurse, worked, cancelled)).isEqualTo(before);
    }

    private List<JsonNode> snapshot(Party hospital, Party professional, TestShift... shifts) {
        List<JsonNode> views = new ArrayList<>();
        for (TestShift shift : shifts) {
            views.add(api.get("/api/v1/hospital/shifts/" + shift.value(), hospital.token()).body());
            views.add(api.get("/api/v1/hospital/shifts/" + shift.value() + "/applications", hospital.token()).body());
        }
        views.add(api.get("/api/v1/hospital/attendances", hospital.token()).body());
        views.add(api.get("/api/v1/professional/my-applications", professional.token()).body());
        views.add(api.get("/api/v1/professional/earnings", professional.token()).body());
        return views;
    }

    private TestShift revise(TestShift shift, String title, ShiftTerms terms) {
        ShiftDetails details = details(title);
        ShiftPrice price = terms.price(shift.schedule().scheduledMinutes());
        publish(new ShiftRevisedEvent(shift.id(), details, shift.schedule(), terms, price));
        return new TestShift(shift.id(), shift.hospital(), shift.code(), details, shift.schedule(), terms, price);
    }

    private static ShiftDetails details(String title) {
        return new ShiftDetails(title, null, ProfessionType.NURSE, null, ShiftPriority.NORMAL, false);
    }

    static JsonNode byId(JsonNode items, long id) {
        for (JsonNode item : items) {
            if (item.path("id").asLong() == id) {
                return item;
            }
        }
        throw new AssertionError("No item with id " + id + " in " + items);
    }
}
