package com.shiftledger.shift;

import com.fasterxml.jackson.databind.JsonNode;
import com.shiftledger.api.shift.PositionCompletedEvent;
import com.shiftledger.api.shift.ProfessionType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /professional/earnings}: shift pay credited to the professional's wallet (for real, as the payout
 * process credits it), by month of the platform's time zone; and the pay of accepted work still to do.
 */
class ProfessionalEarningsTest extends ShiftEventsTest {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    @Test
    void earningsSumThePaidPositionsByMonthAndPendingEarningsTheAcceptedWorkNotYetDone() {
        Party hospital = registerHospital();
        Party nurse = registerProfessional("nurse");
        LocalDate yesterday = today().minusDays(1);
        TestShift worked = fundAndPublish(draft(hospital, "Paid", yesterday, ProfessionType.NURSE, 1200, 2));
        TestApplication work = applyAndAccept(worked, nurse);
        TestShift booked = publishWithoutMoving(draft(hospital, "Booked", today().plusDays(2), ProfessionType.NURSE,
                800, 1));
        applyAndAccept(booked, nurse);
        TestShift started = publishWithoutMoving(draft(hospital, "Started", today().plusDays(1), ProfessionType.NURSE,
                450, 1));
        checkIn(started, applyAndAccept(started, nurse), at(today().plusDays(1), 9, 0));
        TestShift missed = publishWithoutMoving(draft(hospital, "Missed", today().plusDays(3), ProfessionType.NURSE,
                500, 1));
        noShow(missed, applyAndAccept(missed, nurse));
        TestShift calledOff = publishWithoutMoving(draft(hospital, "Called off", today().plusDays(4),
                ProfessionType.NURSE, 650, 1));
        applyAndAccept(calledOff, nurse);
        cancel(calledOff);
        PositionCompletedEvent completed = completePosition(worked, work, at(yesterday, 9, 0), at(yesterday, 17, 5));
        payOut(completed);
        payOut(completed);

        JsonNode earnings = awaitGet("/api/v1/professional/earnings", nurse, body -> {
            assertThat(body.path("data").path("total_earnings").decimalValue()).isEqualByComparingTo("1200.00");
            assertThat(body.path("data").path("pending_earnings").decimalValue()).isEqualByComparingTo("1250.00");
            assertThat(body.path("data").path("wallet_balance").decimalValue()).isEqualByComparingTo("1200.00");
        }).path("data");
        YearMonth thisMonth = YearMonth.now(PLATFORM_ZONE);
        assertThat(earnings.path("this_month").decimalValue()).isEqualByComparingTo("1200.00");
        assertThat(earnings.path("last_month").decimalValue()).isEqualByComparingTo("0.00");
        JsonNode months = earnings.path("monthly_breakdown");
        assertThat(months).hasSize(12);
        assertThat(months.get(0).path("month").asText()).isEqualTo(thisMonth.format(MONTH));
        assertThat(months.get(0).path("earnings").decimalValue()).isEqualByComparingTo("1200.00");
        assertThat(months.get(1).path("month").asText()).isEqualTo(thisMonth.minusMonths(1).format(MONTH));
        assertThat(months.get(1).path("earnings").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(months.get(11).path("month").asText()).isEqualTo(thisMonth.minusMonths(11).format(MONTH));

        JsonNode newcomer = api.get("/api/v1/professional/earnings", registerProfessional("nurse").token()).data();
        assertThat(newcomer.path("total_earnings").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(newcomer.path("pending_earnings").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(newcomer.path("monthly_breakdown")).hasSize(12);
        assertThat(api.get("/api/v1/professional/earnings", hospital.token()).status()).isEqualTo(403);
        awaitCleanAudit(adminToken());
    }
}
