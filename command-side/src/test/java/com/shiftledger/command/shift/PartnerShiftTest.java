package com.shiftledger.command.shift;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.partner.CancelPartnerShiftCommand;
import com.shiftledger.api.partner.CorrectTimecardCommand;
import com.shiftledger.api.partner.PartnerOrigin;
import com.shiftledger.api.partner.PartnerShiftRemoval;
import com.shiftledger.api.partner.RecordTimecardCommand;
import com.shiftledger.api.partner.RevisePartnerShiftCommand;
import com.shiftledger.api.partner.Timecard;
import com.shiftledger.api.partner.TimecardCorrectedEvent;
import com.shiftledger.api.partner.TimecardRecordedEvent;
import com.shiftledger.api.partner.TimecardState;
import com.shiftledger.api.refund.RefundTerms;
import com.shiftledger.api.rejection.RejectedException;
import com.shiftledger.api.shift.ApplyForShiftCommand;
import com.shiftledger.api.shift.ShiftApplied;
import com.shiftledger.api.shift.CheckOutCommand;
import com.shiftledger.api.shift.MarkNoShowCommand;
import com.shiftledger.api.shift.PayType;
import com.shiftledger.api.shift.PositionCompletedEvent;
import com.shiftledger.api.shift.ProfessionType;
import com.shiftledger.api.shift.ProfessionalMarkedNoShowEvent;
import com.shiftledger.api.shift.ReopenReason;
import com.shiftledger.api.shift.ReviseShiftCommand;
import com.shiftledger.api.shift.ShiftApplicationAcceptedEvent;
import com.shiftledger.api.shift.ShiftApplicationSubmittedEvent;
import com.shiftledger.api.shift.ShiftApplicationWithdrawnEvent;
import com.shiftledger.api.shift.ShiftCancelledEvent;
import com.shiftledger.api.shift.ShiftChanges;
import com.shiftledger.api.shift.ShiftCompletedEvent;
import com.shiftledger.api.shift.ShiftCreatedEvent;
import com.shiftledger.api.shift.ShiftDetails;
import com.shiftledger.api.shift.ShiftEscrowReleasedEvent;
import com.shiftledger.api.shift.ShiftFundingRequestedEvent;
import com.shiftledger.api.shift.ShiftId;
import com.shiftledger.api.shift.ShiftPositionReopenedEvent;
import com.shiftledger.api.shift.ShiftPriority;
import com.shiftledger.api.shift.ShiftPublishedEvent;
import com.shiftledger.api.shift.ShiftRevisedEvent;
import com.shiftledger.api.shift.ShiftSchedule;
import com.shiftledger.api.shift.ShiftTerms;
import com.shiftledger.api.shift.WithdrawShiftApplicationCommand;
import com.shiftledger.api.wallet.WalletId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.matches;
import static org.axonframework.test.matchers.Matchers.messageWithPayload;

/**
 * A staffing partner's shift: filled by its first applicant, given up again on a withdrawal or a no-show, changed
 * and deleted only by its partner, and paid on the partner's timecard once its review period is over.
 */
class PartnerShiftTest {

    private static final ShiftId SHIFT = new ShiftId(201);
    private static final long HOSPITAL = 5;
    private static final long CLIENT = 1234;
    private static final WalletId HOSPITAL_WALLET = new WalletId(50);
    private static final WalletId NURSE_WALLET = new WalletId(60);
    private static final long NURSE = 7;
    private static final ZoneId EASTERN = ZoneId.of("America/New_York");
    private static final PartnerOrigin ORIGIN = new PartnerOrigin(CLIENT, "2546810");
    private static final ShiftDetails DETAILS = new ShiftDetails("LPN shift, 1st Floor", null, ProfessionType.NURSE,
            null, ShiftPriority.NORMAL, false, "LPN");
    /** 23:00 to 07:00 in New York on 2030-01-16: 480 minutes. */
    private static final ShiftSchedule NIGHT = ShiftSchedule.between(Instant.parse("2030-01-17T04:00:00Z"),
            Instant.parse("2030-01-17T12:00:00Z"), EASTERN);
    /** ₹660 an hour (₹600 raised by 10 %) for 8 hours = ₹5280, +10 % = ₹5808, one position. */
    private static final ShiftTerms TERMS = new ShiftTerms(PayType.HOURLY, Money.ofRupees(660), 1, BigDecimal.TEN,
            new RefundTerms(BigDecimal.TEN, Duration.ofDays(7)));
    private static final Instant BEFORE = NIGHT.startsAt().minus(Duration.ofDays(1));
    private static final Instant AFTER = NIGHT.endsAt().plus(Duration.ofHours(1));
    /** Worked 04:00 to 12:00 UTC with a 30 minute break: 450 minutes. */
    private static final Timecard TIMECARD = new Timecard(NIGHT.startsAt(), NIGHT.endsAt(), 30);
    private static final Instant FINAL = AFTER.plus(Duration.ofHours(24));

    private FixtureConfiguration<Shift> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Shift.class);
    }

    private static ShiftCreatedEvent created() {
        return new ShiftCreatedEvent(SHIFT, HOSPITAL, "City Hospital", HOSPITAL_WALLET, "SFT-20300116-P201", DETAILS,
                NIGHT, TERMS, TERMS.price(NIGHT.scheduledMinutes()), null, true, ORIGIN);
    }

    private static Object[] publishedPartnerShift() {
        return new Object[]{created(),
                new ShiftFundingRequestedEvent(SHIFT, 1, HOSPITAL_WALLET, Money.ofRupees(5808), true, null, null,
                        null, null),
                new ShiftPublishedEvent(SHIFT, 1, Money.ofRupees(5808), "TXN-FUND1")};
    }

    private static ShiftApplicationSubmittedEvent applied(long applicationId, long professionalId) {
        return new ShiftApplicationSubmittedEvent(SHIFT, applicationId, professionalId, "Asha Rao",
                ProfessionType.NURSE, NURSE_WALLET, null, null);
    }

    private static Object[] filledBy(long applicationId, long professionalId) {
        return new Object[]{applied(applicationId, professionalId),
                new ShiftApplicationAcceptedEvent(SHIFT, applicationId, professionalId)};
    }

    private static ApplyForShiftCommand apply(long applicationId, long professionalId) {
        return new ApplyForShiftCommand(SHIFT, applicationId, professionalId, "Asha Rao", ProfessionType.NURSE,
                NURSE_WALLET, null, BEFORE);
    }

    private static TimecardRecordedEvent recorded() {
        return new TimecardRecordedEvent(SHIFT, 1, NURSE, TIMECARD, 450, AFTER, FINAL);
    }

    @Test
    void theFirstProfessionalWhoAppliesIsAcceptedAtOnce() {
        fixture.given(publishedPartnerShift())
                .when(apply(1, NURSE))
                .expectResultMessagePayloadMatching(matches((ShiftApplied applied) -> applied.accepted()
                        && applied.status().equals("accepted")))
                .expectEvents(applied(1, NURSE), new ShiftApplicationAcceptedEvent(SHIFT, 1, NURSE));
    }

    @Test
    void theNextApplicantFindsThePositionFilled() {
        fixture.given(publishedPartnerShift()).andGiven(filledBy(1, NURSE))
                .when(apply(2, 8))
                .expectException(RejectedException.class)
                .expectExceptionMessage(Shift.NO_OPEN_POSITIONS)
                .expectNoEvents();
    }

    @Test
    void anAcceptedProfessionalWhoWithdrawsBeforeWorkGivesThePositionUpForTheNextApplicant() {
        fixture.given(publishedPartnerShift()).andGiven(filledBy(1, NURSE))
                .andGivenCommands(new WithdrawShiftApplicationCommand(SHIFT, 1, NURSE))
                .when(apply(2, 8))
                .expectEvents(applied(2, 8), new ShiftApplicationAcceptedEvent(SHIFT, 2, 8));
    }

    @Test
    void aWithdrawalOfTheAcceptedProfessionalReopensThePosition() {
        fixture.given(publishedPartnerShift()).andGiven(filledBy(1, NURSE))
                .when(new WithdrawShiftApplicationCommand(SHIFT, 1, NURSE))
                .expectEvents(new ShiftApplicationWithdrawnEvent(SHIFT, 1, NURSE),
                        new ShiftPositionReopenedEvent(SHIFT, 1, NURSE, ReopenReason.WITHDRAWN));
    }

    @Test
    void onAHospitalsShiftAnAcceptedApplicationCannotBeWithdrawn() {
        ShiftCreatedEvent hospitalShift = new ShiftCreatedEvent(SHIFT, HOSPITAL, "City Hospital", HOSPITAL_WALLET,
                "SFT-1", DETAILS, NIGHT, TERMS, TERMS.price(NIGHT.scheduledMinutes()), null, true, null);
        fixture.given(hospitalShift, new ShiftFundingRequestedEvent(SHIFT, 1, HOSPITAL_WALLET,
                        Money.ofRupees(5808), true, null, null, null, null),
                        new ShiftPublishedEvent(SHIFT, 1, Money.ofRupees(5808), "TXN-FUND1"))
                .andGiven(filledBy(1, NURSE))
                .when(new WithdrawShiftApplicationCommand(SHIFT, 1, NURSE))
                .expectException(RejectedException.class)
                .expectExceptionMessage(Shift.NOT_WITHDRAWABLE)
                .expectNoEvents();
    }

    @Test
    void aNoShowReopensThePositionAndTheShiftStaysOpen() {
        fixture.given(publishedPartnerShift()).andGiven(filledBy(1, NURSE))
                .when(new MarkNoShowCommand(SHIFT, HOSPITAL, NURSE, "Did not come", NIGHT.startsAt()))
                .expectEvents(new ProfessionalMarkedNoShowEvent(SHIFT, 1, NURSE, "Did not come"),
                        new ShiftPositionReopenedEvent(SHIFT, 1, NURSE, ReopenReason.NO_SHOW));
    }

    @Test
    void theHospitalCannotChangeAPartnersShift() {
        ShiftChanges changes = new ShiftChanges("New title", null, null, null, null, null, null, null, null, null,
                null, null, null);
        fixture.given(publishedPartnerShift())
                .when(new ReviseShiftCommand(SHIFT, HOSPITAL, changes, null, EASTERN, BEFORE))
                .expectException(RejectedException.class)
                .expectExceptionMessage(Shift.PARTNER_SHIFT)
                .expectNoEvents();
    }

    @Test
    void anotherPartnerCannotFindTheShift() {
        fixture.given(publishedPartnerShift())
                .when(new CancelPartnerShiftCommand(SHIFT, CLIENT + 1, BEFORE))
                .expectException(RejectedException.class)
                .expectExceptionMessage(Shift.SHIFT_NOT_FOUND)
                .expectNoEvents();
    }

    @Test
    void aShorterShiftFromThePartnerIsRepricedAndTheDifferenceRefundedLessTheFee() {
        // two hours shorter at the same rate: 360 minutes, ₹3960 + 10 % = ₹4356; ₹1452 released, ₹145.20 fee
        ShiftSchedule shorter = ShiftSchedule.between(NIGHT.startsAt(), NIGHT.endsAt().minus(Duration.ofHours(2)),
                EASTERN);
        fixture.given(publishedPartnerShift())
                .when(new RevisePartnerShiftCommand(SHIFT, CLIENT, DETAILS, shorter, Money.ofRupees(660), BEFORE))
                .expectEventsMatching(exactSequenceOf(
                        messageWithPayload(matches((ShiftRevisedEvent revised) -> revised.schedule().equals(shorter)
                                && revised.price().total().equals(Money.ofRupees(4356)))),
                        messageWithPayload(matches((ShiftEscrowReleasedEvent released) ->
                                released.released().equals(Money.ofRupees(1452))
                                        && released.fee().equals(Money.ofPaise(14520)))),
                        andNoMore()));
    }

    @Test
    void aDeletedShiftIsCancelledOnceAndADeletedShiftAgainRemovesNothing() {
        fixture.given(publishedPartnerShift())
                .when(new CancelPartnerShiftCommand(SHIFT, CLIENT, BEFORE))
                .expectResultMessagePayloadMatching(matches((PartnerShiftRemoval removal) -> removal.removed()
                        && removal.shiftDate().equals(NIGHT.shiftDate())))
                .expectEventsMatching(exactSequenceOf(
                        messageWithPayload(matches((ShiftCancelledEvent cancelled) -> true)),
                        messageWithPayload(matches((ShiftEscrowReleasedEvent released) ->
                                released.released().equals(Money.ofRupees(5808)))),
                        andNoMore()));
        fixture.given(publishedPartnerShift())
                .andGivenCommands(new CancelPartnerShiftCommand(SHIFT, CLIENT, BEFORE))
                .when(new CancelPartnerShiftCommand(SHIFT, CLIENT, BEFORE))
                .expectResultMessagePayloadMatching(matches((PartnerShiftRemoval removal) -> !removal.removed()))
                .expectNoEvents();
    }

    @Test
    void aTimecardIsRecordedAndBecomesFinalAfterTheReviewPeriod() {
        fixture.given(publishedPartnerShift()).andGiven(filledBy(1, NURSE))
                .when(new RecordTimecardCommand(SHIFT, CLIENT, TIMECARD, FINAL, AFTER))
                .expectEvents(recorded())
                .expectResultMessagePayload(new TimecardState(TIMECARD, AFTER, null, FINAL))
                .expectScheduledDeadlineWithName(FINAL, Shift.TIMECARD_FINAL_DEADLINE);
    }

    @Test
    void theSameTimecardAgainChangesNothingAndAnotherOneIsRefused() {
        fixture.given(publishedPartnerShift()).andGiven(filledBy(1, NURSE)).andGiven(recorded())
                .when(new RecordTimecardCommand(SHIFT, CLIENT, TIMECARD, FINAL.plusSeconds(60), AFTER.plusSeconds(60)))
                .expectNoEvents()
                .expectResultMessagePayload(new TimecardState(TIMECARD, AFTER, null, FINAL));
        fixture.given(publishedPartnerShift()).andGiven(filledBy(1, NURSE)).andGiven(recorded())
                .when(new RecordTimecardCommand(SHIFT, CLIENT, new Timecard(NIGHT.startsAt(), NIGHT.endsAt(), 0),
                        FINAL, AFTER))
                .expectException(RejectedException.class)
                .expectExceptionMessage(Shift.TIMECARD_EXISTS);
    }

    @Test
    void aTimecardNeedsAnAcceptedProfessional() {
        fixture.given(publishedPartnerShift())
                .when(new RecordTimecardCommand(SHIFT, CLIENT, TIMECARD, FINAL, AFTER))
                .expectException(RejectedException.class)
                .expectExceptionMessage(Shift.NO_ACCEPTED_PROFESSIONAL)
                .expectNoEvents();
    }

    @Test
    void aBreakAsLongAsTheWorkIsRefused() {
        Timecard allBreak = new Timecard(NIGHT.startsAt(), NIGHT.startsAt().plus(Duration.ofMinutes(30)), 30);
        fixture.given(publishedPartnerShift()).andGiven(filledBy(1, NURSE))
                .when(new RecordTimecardCommand(SHIFT, CLIENT, allBreak, FINAL, AFTER))
                .expectException(RejectedException.class)
                .expectExceptionMessage(Shift.NOTHING_WORKED)
                .expectNoEvents();
    }

    @Test
    void aCorrectionBeforeTheReviewPeriodEndsIsWhatIsPaid() {
        Timecard corrected = new Timecard(NIGHT.startsAt(), NIGHT.endsAt(), 60);
        fixture.given(publishedPartnerShift()).andGiven(filledBy(1, NURSE)).andGiven(recorded())
                .when(new CorrectTimecardCommand(SHIFT, CLIENT, corrected, AFTER.plusSeconds(600)))
                .expectEvents(new TimecardCorrectedEvent(SHIFT, 1, NURSE, corrected, 420, AFTER.plusSeconds(600)))
                .expectResultMessagePayload(new TimecardState(corrected, AFTER, AFTER.plusSeconds(600), FINAL));
    }

    @Test
    void aCorrectionWithoutATimecardIsRefused() {
        fixture.given(publishedPartnerShift()).andGiven(filledBy(1, NURSE))
                .when(new CorrectTimecardCommand(SHIFT, CLIENT, TIMECARD, AFTER))
                .expectException(RejectedException.class)
                .expectExceptionMessage(Shift.NO_TIMECARD)
                .expectNoEvents();
    }

    @Test
    void theFinalTimecardCompletesThePositionOnItsMinutesAndSettlesTheShift() {
        // 450 minutes at ₹660 an hour = ₹4950, service charge ₹495; ₹363 of the ₹5808 escrow is left and released
        fixture.given(publishedPartnerShift()).andGiven(filledBy(1, NURSE))
                .andGivenCommands(new RecordTimecardCommand(SHIFT, CLIENT, TIMECARD, FINAL, AFTER))
                .whenThenTimeAdvancesTo(FINAL.plusSeconds(1))
                .expectEventsMatching(exactSequenceOf(
                        messageWithPayload(matches((PositionCompletedEvent completed) ->
                                completed.minutesWorked() == 450 && completed.minutesPaid() == 450
                                        && completed.professionalPay().equals(Money.ofRupees(4950))
                                        && completed.serviceCharge().equals(Money.ofRupees(495))
                                        && completed.checkedInAt().equals(TIMECARD.checkIn())
                                        && completed.checkedOutAt().equals(TIMECARD.checkOut())
                                        && !completed.markedByHospital())),
                        messageWithPayload(matches((ShiftCompletedEvent completed) -> true)),
                        messageWithPayload(matches((ShiftEscrowReleasedEvent released) ->
                                released.released().equals(Money.ofRupees(363))
                                        && released.fee().equals(Money.ZERO))),
                        andNoMore()));
    }

    @Test
    void aCorrectionAfterTheTimecardIsFinalIsRefused() {
        fixture.given(publishedPartnerShift()).andGiven(filledBy(1, NURSE)).andGiven(recorded())
                .andGiven(new PositionCompletedEvent(SHIFT, 1, NURSE, NURSE_WALLET, TIMECARD.checkIn(),
                        TIMECARD.checkOut(), 450, 450, Money.ofRupees(4950), Money.ofRupees(495), false,
                        Shift.TIMECARD_REMARKS))
                .when(new CorrectTimecardCommand(SHIFT, CLIENT, new Timecard(NIGHT.startsAt(), NIGHT.endsAt(), 0),
                        FINAL.plusSeconds(5)))
                .expectException(RejectedException.class)
                .expectExceptionMessage(Shift.TIMECARD_IS_FINAL)
                .expectNoEvents();
    }

    @Test
    void theWorkOnAPartnersShiftIsRecordedByTheTimecardNotByACheckOut() {
        fixture.given(publishedPartnerShift()).andGiven(filledBy(1, NURSE))
                .when(new CheckOutCommand(SHIFT, NURSE, NIGHT.endsAt(), null, null))
                .expectException(RejectedException.class)
                .expectExceptionMessage(Shift.TIMECARD_RECORDS_WORK)
                .expectNoEvents();
    }

    @Test
    void anOvernightScheduleKeepsTheFacilitysLocalDateAndTimes() {
        assertThat(NIGHT.shiftDate()).hasToString("2030-01-16");
        assertThat(NIGHT.startTime()).hasToString("23:00");
        assertThat(NIGHT.endTime()).hasToString("07:00");
        assertThat(NIGHT.nightShift()).isTrue();
        assertThat(NIGHT.scheduledMinutes()).isEqualTo(480);
    }
}
