package com.shiftledger.command.shift;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.refund.RefundId;
import com.shiftledger.api.refund.RefundTerms;
import com.shiftledger.api.rejection.RejectedException;
import com.shiftledger.api.rejection.RejectionKind;
import com.shiftledger.api.shift.AbandonShiftFundingCommand;
import com.shiftledger.api.shift.CancelShiftCommand;
import com.shiftledger.api.shift.CheckInCommand;
import com.shiftledger.api.shift.CheckOutCommand;
import com.shiftledger.api.shift.ClaimedAmounts;
import com.shiftledger.api.shift.ConfirmShiftFundingCommand;
import com.shiftledger.api.shift.DecideShiftExtensionCommand;
import com.shiftledger.api.shift.ExtendedDayCheckedInEvent;
import com.shiftledger.api.shift.ExtendedDayCompletedEvent;
import com.shiftledger.api.shift.ExtensionSide;
import com.shiftledger.api.shift.FundingReference;
import com.shiftledger.api.shift.GeoPoint;
import com.shiftledger.api.shift.PayType;
import com.shiftledger.api.shift.PositionCompletedEvent;
import com.shiftledger.api.shift.ProfessionType;
import com.shiftledger.api.shift.ProfessionalCheckedInEvent;
import com.shiftledger.api.shift.ReleaseReason;
import com.shiftledger.api.shift.RequestShiftExtensionCommand;
import com.shiftledger.api.shift.ReviseShiftCommand;
import com.shiftledger.api.shift.ShiftApplicationAcceptedEvent;
import com.shiftledger.api.shift.ShiftApplicationSubmittedEvent;
import com.shiftledger.api.shift.ShiftCancelledEvent;
import com.shiftledger.api.shift.ShiftChange;
import com.shiftledger.api.shift.ShiftChanges;
import com.shiftledger.api.shift.ShiftCompletedEvent;
import com.shiftledger.api.shift.ShiftCreatedEvent;
import com.shiftledger.api.shift.ShiftDetails;
import com.shiftledger.api.shift.ShiftEscrowReleasedEvent;
import com.shiftledger.api.shift.ShiftExtensionAcceptedEvent;
import com.shiftledger.api.shift.ShiftExtensionEndedEvent;
import com.shiftledger.api.shift.ShiftExtensionFundingRequestedEvent;
import com.shiftledger.api.shift.ShiftExtensionRejectedEvent;
import com.shiftledger.api.shift.ShiftExtensionRequestedEvent;
import com.shiftledger.api.shift.ShiftFundingAbandonedEvent;
import com.shiftledger.api.shift.ShiftFundingRequestedEvent;
import com.shiftledger.api.shift.ShiftFundsReceivedEvent;
import com.shiftledger.api.shift.ShiftId;
import com.shiftledger.api.shift.ShiftPriority;
import com.shiftledger.api.shift.ShiftPublishedEvent;
import com.shiftledger.api.shift.ShiftSchedule;
import com.shiftledger.api.shift.ShiftTerms;
import com.shiftledger.api.sos.SosEligibility;
import com.shiftledger.api.sos.SosId;
import com.shiftledger.api.wallet.WalletId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import static org.axonframework.test.matchers.Matchers.matches;

/**
 * Either side of an accepted application asks to extend the professional's work to more days; the other side
 * accepts (the hospital's wallet pays the days into the escrow first) or rejects; each added day is worked and paid
 * as a position is, and what was not worked goes back when the shift settles.
 */
class ShiftExtensionTest {

    private static final ZoneId IST = ZoneId.of("Asia/Kolkata");
    private static final ShiftId SHIFT = new ShiftId(101);
    private static final long HOSPITAL = 5;
    private static final WalletId HOSPITAL_WALLET = new WalletId(50);
    private static final WalletId NURSE_WALLET = new WalletId(60);
    private static final long NURSE = 7;
    private static final long APPLICATION = 1;
    private static final long EXTENSION = 11;
    private static final RefundTerms REFUNDS = new RefundTerms(BigDecimal.TEN, Duration.ofDays(7));
    private static final GeoPoint SITE = new GeoPoint(new BigDecimal("19.076000"), new BigDecimal("72.877700"));
    private static final ShiftDetails DETAILS = new ShiftDetails("Day ward", null, ProfessionType.NURSE, null,
            ShiftPriority.NORMAL, false);
    private static final LocalDate SHIFT_DAY = LocalDate.of(2030, 1, 15);
    /** 08:00 to 16:00 in India. */
    private static final ShiftSchedule SCHEDULE = ShiftSchedule.of(SHIFT_DAY, LocalTime.of(8, 0),
            LocalTime.of(16, 0), false, IST);
    /** ₹1000 fixed per position + 10 % = ₹1100 per position and per added day. */
    private static final ShiftTerms FIXED = new ShiftTerms(PayType.FIXED, Money.ofRupees(1000), 1, BigDecimal.TEN,
            REFUNDS);
    private static final Instant BEFORE = SCHEDULE.startsAt().minus(Duration.ofDays(2));
    private static final LocalDate DAY_TWO = SHIFT_DAY.plusDays(1);
    private static final LocalDate DAY_THREE = SHIFT_DAY.plusDays(2);
    private static final ShiftSchedule SCHEDULE_TWO = ShiftSchedule.of(DAY_TWO, LocalTime.of(8, 0),
            LocalTime.of(16, 0), false, IST);
    private static final ShiftSchedule SCHEDULE_THREE = ShiftSchedule.of(DAY_THREE, LocalTime.of(8, 0),
            LocalTime.of(16, 0), false, IST);

    private FixtureConfiguration<Shift> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Shift.class);
    }

    private static List<Object> acceptedNurse(SosEligibility emergency) {
        return List.of(
                new ShiftCreatedEvent(SHIFT, HOSPITAL, "City Hospital", HOSPITAL_WALLET, "SFT-20300115-AB12",
                        DETAILS, SCHEDULE, FIXED, FIXED.price(SCHEDULE.scheduledMinutes()), SITE, false, null),
                new ShiftFundingRequestedEvent(SHIFT, 1, HOSPITAL_WALLET, Money.ofRupees(1100), true, null, null,
                        null, null),
                new ShiftPublishedEvent(SHIFT, 1, Money.ofRupees(1100), "TXN-FUND1"),
                new ShiftApplicationSubmittedEvent(SHIFT, APPLICATION, NURSE, "Asha Rao", ProfessionType.NURSE,
                        NURSE_WALLET, null, emergency),
                new ShiftApplicationAcceptedEvent(SHIFT, APPLICATION, NURSE));
    }

    private static List<Object> acceptedNurse() {
        return acceptedNurse(null);
    }

    private static ShiftExtensionRequestedEvent requestedByHospital() {
        return new ShiftExtensionRequestedEvent(SHIFT, EXTENSION, APPLICATION, HOSPITAL, NURSE,
                ExtensionSide.HOSPITAL, DAY_TWO, DAY_THREE, List.of(SCHEDULE_TWO, SCHEDULE_THREE),
                Money.ofRupees(1000), Money.ofRupees(100), Money.ZERO, Money.ofRupees(2200));
    }

    private static RequestShiftExtensionCommand hospitalAsks(LocalDate start, LocalDate end) {
        return new RequestShiftExtensionCommand(SHIFT, EXTENSION, APPLICATION, ExtensionSide.HOSPITAL, HOSPITAL,
                start, end, IST, BEFORE);
    }

    private static DecideShiftExtensionCommand nurseDecides(boolean accept) {
        return new DecideShiftExtensionCommand(SHIFT, EXTENSION, ExtensionSide.PROFESSIONAL, NURSE, accept, BEFORE);
    }

    private static ShiftExtensionFundingRequestedEvent fundingAsked(int number, long rupees) {
        return new ShiftExtensionFundingRequestedEvent(SHIFT, EXTENSION, number, HOSPITAL_WALLET,
                Money.ofRupees(rupees));
    }

    private static ShiftExtensionAcceptedEvent extensionAccepted(long rupees) {
        return new ShiftExtensionAcceptedEvent(SHIFT, EXTENSION, APPLICATION, HOSPITAL, NURSE,
                ExtensionSide.PROFESSIONAL, 2, Money.ofRupees(rupees), "TXN-EXT1");
    }

    private static List<Object> extendedAndFunded() {
        List<Object> events = new java.util.ArrayList<>(acceptedNurse());
        events.add(requestedByHospital());
        events.add(fundingAsked(2, 2200));
        events.add(extensionAccepted(2200));
        return events;
    }

    @Test
    void theHospitalAsksToExtendAnAcceptedProfessionalsWorkPricedPerDayAsAPosition() {
        fixture.given(acceptedNurse())
                .when(hospitalAsks(DAY_TWO, DAY_THREE))
                .expectEvents(requestedByHospital());
    }

    @Test
    void theProfessionalMayAskForTheirOwnApplicationOnly() {
        fixture.given(acceptedNurse())
                .when(new RequestShiftExtensionCommand(SHIFT, EXTENSION, APPLICATION, ExtensionSide.PROFESSIONAL, 99,
                        DAY_TWO, DAY_THREE, IST, BEFORE))
                .expectException(RejectedException.class)
                .expectExceptionMessage(Shift.APPLICATION_NOT_FOUND)
                .expectNoEvents();
    }

    @Test
    void anotherHospitalFindsNoApplication() {
        fixture.given(acceptedNurse())
                .when(new RequestShiftExtensionCommand(SHIFT, EXTENSION, APPLICATION, ExtensionSide.HOSPITAL, 99,
                        DAY_TWO, DAY_THREE, IST, BEFORE))
                .expectException(RejectedException.class)
                .expectExceptionMessage(Shift.APPLICATION_NOT_FOUND);
    }

    @Test
    void onlyAnAcceptedApplicationIsExtended() {
        fixture.given(acceptedNurse().subList(0, 4))
                .when(hospitalAsks(DAY_TWO, DAY_THREE))
                .expectException(RejectedException.class)
                .expectExceptionMessage(Shift.NOT_EXTENDABLE)
                .expectNoEvents();
    }

    @Test
    void theAddedDaysStartAfterTheLastDayCoveredOrAskedFor() {
        fixture.given(acceptedNurse())
                .when(hospitalAsks(SHIFT_DAY, DAY_TWO))
                .expectException(RejectedException.class)
                .expectExceptionMessage(Shift.START_NOT_AFTER_COVERED + SHIFT_DAY + ".");
        fixture.given(acceptedNurse())
                .andGiven(requestedByHospital())
                .when(new RequestShiftExtensionCommand(SHIFT, EXTENSION + 1, APPLICATION, ExtensionSide.PROFESSIONAL,
                        NURSE, DAY_THREE, DAY_THREE.plusDays(1), IST, BEFORE))
                .expectException(RejectedException.class)
                .expectExceptionMessage(Shift.START_NOT_AFTER_COVERED + DAY_THREE + ".");
    }

    @Test
    void theEndIsNotBeforeTheStartAndAtMost31DaysOn() {
        fixture.given(acceptedNurse())
                .when(hospitalAsks(DAY_THREE, DAY_TWO))
                .expectException(RejectedException.class)
                .expectExceptionMessage(Shift.END_BEFORE_START_DATE);
        fixture.given(acceptedNurse())
                .when(hospitalAsks(DAY_TWO, DAY_TWO.plusDays(31)))
                .expectException(RejectedException.class)
                .expectExceptionMessage(Shift.TOO_MANY_DAYS);
    }

    @Test
    void daysWhoseShiftHasEndedCannotBeAdded() {
        fixture.given(acceptedNurse())
                .when(new RequestShiftExtensionCommand(SHIFT, EXTENSION, APPLICATION, ExtensionSide.HOSPITAL,
                        HOSPITAL, DAY_TWO, DAY_THREE, IST, SCHEDULE_TWO.endsAt()))
                .expectException(RejectedException.class)
                .expectExceptionMessage(Shift.START_PASSED);
    }

    @Test
    void theSideThatAskedCannotAnswerItsOwnRequest() {
        fixture.given(acceptedNurse())
                .andGiven(requestedByHospital())
                .when(new DecideShiftExtensionCommand(SHIFT, EXTENSION, ExtensionSide.HOSPITAL, HOSPITAL, true,
                        BEFORE))
                .expectException(matches((RejectedException refused) ->
                        refused.rejection().kind() == RejectionKind.FORBIDDEN
                                && refused.getMessage().equals(Shift.OTHER_SIDE_DECIDES)))
                .expectNoEvents();
    }

    @Test
    void anotherProfessionalFindsNoExtension() {
        fixture.given(acceptedNurse())
                .andGiven(requestedByHospital())
                .when(new DecideShiftExtensionCommand(SHIFT, EXTENSION, ExtensionSide.PROFESSIONAL, 99, true, BEFORE))
                .expectException(RejectedException.class)
                .expectExceptionMessage(Shift.EXTENSION_NOT_FOUND);
    }

    @Test
    void acceptingAsksTheHospitalsWalletForTheAddedDaysOnce() {
        fixture.given(acceptedNurse())
                .andGiven(requestedByHospital())
                .when(nurseDecides(true))
                .expectEvents(fundingAsked(2, 2200))
                .expectResultMessagePayloadMatching(matches((ShiftChange change) ->
                        new FundingReference(SHIFT, 2).equals(change.funding())));
        fixture.given(acceptedNurse())
                .andGiven(requestedByHospital(), fundingAsked(2, 2200))
                .when(nurseDecides(true))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(matches((ShiftChange change) ->
                        new FundingReference(SHIFT, 2).equals(change.funding())));
    }

    @Test
    void thePaidFundingAcceptsTheExtensionUntilItsLastDayEnds() {
        fixture.given(acceptedNurse())
                .andGiven(requestedByHospital(), fundingAsked(2, 2200))
                .when(new ConfirmShiftFundingCommand(SHIFT, 2, Money.ofRupees(2200), "TXN-EXT1", BEFORE))
                .expectEvents(extensionAccepted(2200))
                .expectScheduledDeadlineWithName(SCHEDULE_THREE.endsAt(), Shift.EXTENSION_ENDED_DEADLINE);
    }

    @Test
    void aRefusedFundingLeavesTheExtensionPendingAndItMayBeAcceptedAgain() {
        fixture.given(acceptedNurse())
                .andGiven(requestedByHospital(), fundingAsked(2, 2200))
                .when(new AbandonShiftFundingCommand(SHIFT, 2, Money.ofRupees(2200), Money.ofRupees(100)))
                .expectEvents(new ShiftFundingAbandonedEvent(SHIFT, 2, Money.ofRupees(2200), Money.ofRupees(100)));
        fixture.given(acceptedNurse())
                .andGiven(requestedByHospital(), fundingAsked(2, 2200),
                        new ShiftFundingAbandonedEvent(SHIFT, 2, Money.ofRupees(2200), Money.ofRupees(100)))
                .when(nurseDecides(true))
                .expectEvents(fundingAsked(3, 2200));
    }

    @Test
    void anAcceptedExtensionIsAnsweredAgainAndCannotBeRejected() {
        fixture.given(extendedAndFunded())
                .when(nurseDecides(true))
                .expectNoEvents();
        fixture.given(extendedAndFunded())
                .when(nurseDecides(false))
                .expectException(RejectedException.class)
                .expectExceptionMessage(Shift.EXTENSION_NOT_PENDING);
    }

    @Test
    void theOtherSideRejectsAndAPaymentStillOnItsWayIsSentBack() {
        fixture.given(acceptedNurse())
                .andGiven(requestedByHospital())
                .when(nurseDecides(false))
                .expectEvents(new ShiftExtensionRejectedEvent(SHIFT, EXTENSION, APPLICATION, HOSPITAL, NURSE,
                        ExtensionSide.PROFESSIONAL));
        fixture.given(acceptedNurse())
                .andGiven(requestedByHospital(), fundingAsked(2, 2200))
                .when(nurseDecides(false))
                .expectEvents(new ShiftFundingAbandonedEvent(SHIFT, 2, null, null),
                        new ShiftExtensionRejectedEvent(SHIFT, EXTENSION, APPLICATION, HOSPITAL, NURSE,
                                ExtensionSide.PROFESSIONAL));
        fixture.given(acceptedNurse())
                .andGiven(requestedByHospital(), fundingAsked(2, 2200),
                        new ShiftFundingAbandonedEvent(SHIFT, 2, null, null),
                        new ShiftExtensionRejectedEvent(SHIFT, EXTENSION, APPLICATION, HOSPITAL, NURSE,
                                ExtensionSide.PROFESSIONAL))
                .when(new ConfirmShiftFundingCommand(SHIFT, 2, Money.ofRupees(2200), "TXN-EXT1", BEFORE))
                .expectEvents(new ShiftFundsReceivedEvent(SHIFT, 2, Money.ofRupees(2200), "TXN-EXT1"),
                        new ShiftEscrowReleasedEvent(SHIFT, HOSPITAL, HOSPITAL_WALLET,
                                RefundId.forShiftRelease(SHIFT, 1), ReleaseReason.EXCESS_FUNDING,
                                Money.ofRupees(2200), Money.ZERO, Money.ofRupees(2200), BEFORE,
                                BEFORE.plus(Duration.ofDays(7))));
    }

    @Test
    void anAddedDayIsCheckedInByItsDateAndItsCheckOutPaysThatDay() {
        Instant arrival = SCHEDULE_TWO.startsAt().minus(Duration.ofMinutes(5));
        Instant leaving = SCHEDULE_TWO.endsAt();
        fixture.given(extendedAndFunded())
                .when(new CheckInCommand(SHIFT, NURSE, arrival, SITE, null, DAY_TWO))
                .expectEvents(new ExtendedDayCheckedInEvent(SHIFT, EXTENSION, APPLICATION, NURSE, DAY_TWO, arrival,
                        false));
        fixture.given(extendedAndFunded())
                .andGiven(new ExtendedDayCheckedInEvent(SHIFT, EXTENSION, APPLICATION, NURSE, DAY_TWO, arrival,
                        false))
                .when(new CheckOutCommand(SHIFT, NURSE, leaving, null, null))
                .expectEvents(new ExtendedDayCompletedEvent(SHIFT, EXTENSION, APPLICATION, NURSE, NURSE_WALLET,
                        DAY_TWO, arrival, leaving, 485, 480, Money.ofRupees(1000), Money.ofRupees(100), Money.ZERO,
                        false));
    }

    @Test
    void withoutADateTheCheckInIsForTheAddedDayWhoseWindowIsOpen() {
        Instant arrival = SCHEDULE_THREE.startsAt();
        fixture.given(extendedAndFunded())
                .when(new CheckInCommand(SHIFT, NURSE, arrival, SITE, null))
                .expectEvents(new ExtendedDayCheckedInEvent(SHIFT, EXTENSION, APPLICATION, NURSE, DAY_THREE, arrival,
                        false));
    }

    @Test
    void aDayNoExtensionAddedIsNotBooked() {
        fixture.given(extendedAndFunded())
                .when(new CheckInCommand(SHIFT, NURSE, SCHEDULE_THREE.startsAt().plus(Duration.ofDays(1)), SITE,
                        null, DAY_THREE.plusDays(1)))
                .expectException(RejectedException.class)
                .expectExceptionMessage(Shift.NOT_BOOKED_THAT_DAY);
        fixture.given(acceptedNurse())
                .andGiven(requestedByHospital())
                .when(new CheckInCommand(SHIFT, NURSE, SCHEDULE_TWO.startsAt(), SITE, null, DAY_TWO))
                .expectException(RejectedException.class)
                .expectExceptionMessage(Shift.NOT_BOOKED_THAT_DAY);
    }

    @Test
    void anAddedDayIsCheckedInWithinItsOwnWindow() {
        fixture.given(extendedAndFunded())
                .when(new CheckInCommand(SHIFT, NURSE, SCHEDULE_TWO.startsAt().minus(Duration.ofHours(2)), SITE,
                        null, DAY_TWO))
                .expectException(RejectedException.class)
                .expectExceptionMessage(Shift.CHECK_IN_WINDOW);
    }

    @Test
    void theHospitalCannotRecordAnAddedDaysWorkBeforeThatDayOpens() {
        Instant early = SCHEDULE_TWO.startsAt().minus(Duration.ofHours(2));
        fixture.given(extendedAndFunded())
                .when(new CheckOutCommand(SHIFT, NURSE, early, HOSPITAL, null, DAY_TWO))
                .expectException(RejectedException.class)
                .expectExceptionMessage(Shift.DAY_NOT_STARTED)
                .expectNoEvents();
        fixture.given(extendedAndFunded())
                .when(new CheckInCommand(SHIFT, NURSE, early, null, HOSPITAL, DAY_TWO))
                .expectException(RejectedException.class)
                .expectExceptionMessage(Shift.DAY_NOT_STARTED);
        fixture.given(extendedAndFunded())
                .when(new CheckOutCommand(SHIFT, NURSE, SCHEDULE_TWO.endsAt(), HOSPITAL, "Worked", DAY_TWO))
                .expectEvents(new ExtendedDayCompletedEvent(SHIFT, EXTENSION, APPLICATION, NURSE, NURSE_WALLET,
                        DAY_TWO, null, SCHEDULE_TWO.endsAt(), 480, 480, Money.ofRupees(1000), Money.ofRupees(100),
                        Money.ZERO, true));
    }

    @Test
    void anSosEligibleProfessionalEarnsTheExtraPayOnEveryAddedDay() {
        SosEligibility eligible = new SosEligibility(new SosId(3), "under_1_hour", BEFORE, Money.ofRupees(500),
                true);
        ShiftExtensionRequestedEvent requested = new ShiftExtensionRequestedEvent(SHIFT, EXTENSION, APPLICATION,
                HOSPITAL, NURSE, ExtensionSide.HOSPITAL, DAY_TWO, DAY_THREE, List.of(SCHEDULE_TWO, SCHEDULE_THREE),
                Money.ofRupees(1000), Money.ofRupees(100), Money.ofRupees(500), Money.ofRupees(3200));
        fixture.given(acceptedNurse(eligible))
                .when(hospitalAsks(DAY_TWO, DAY_THREE))
                .expectEvents(requested);
        Instant arrival = SCHEDULE_TWO.startsAt();
        fixture.given(acceptedNurse(eligible))
                .andGiven(requested, fundingAsked(2, 3200), extensionAccepted(3200),
                        new ExtendedDayCheckedInEvent(SHIFT, EXTENSION, APPLICATION, NURSE, DAY_TWO, arrival, false))
                .when(new CheckOutCommand(SHIFT, NURSE, SCHEDULE_TWO.endsAt(), null, null, DAY_TWO))
                .expectEvents(new ExtendedDayCompletedEvent(SHIFT, EXTENSION, APPLICATION, NURSE, NURSE_WALLET,
                        DAY_TWO, arrival, SCHEDULE_TWO.endsAt(), 480, 480, Money.ofRupees(1000), Money.ofRupees(100),
                        Money.ofRupees(500), false));
    }

    @Test
    void theShiftWaitsForItsAddedDaysBeforeItSettles() {
        Instant in = SCHEDULE.startsAt();
        fixture.given(extendedAndFunded())
                .andGiven(new ProfessionalCheckedInEvent(SHIFT, APPLICATION, NURSE, in, false))
                .when(new CheckOutCommand(SHIFT, NURSE, SCHEDULE.endsAt(), null, null))
                .expectEvents(new PositionCompletedEvent(SHIFT, APPLICATION, NURSE, NURSE_WALLET, in,
                        SCHEDULE.endsAt(), 480, 480, Money.ofRupees(1000), Money.ofRupees(100), false, null));
    }

    @Test
    void theUnworkedAddedDaysGoBackWithoutAFeeWhenTheLastOneEnds() {
        Instant in = SCHEDULE.startsAt();
        Instant dayTwoIn = SCHEDULE_TWO.startsAt();
        Instant end = SCHEDULE_THREE.endsAt();
        fixture.givenCurrentTime(BEFORE)
                .andGiven(acceptedNurse())
                .andGiven(requestedByHospital(), fundingAsked(2, 2200))
                .andGivenCommands(new ConfirmShiftFundingCommand(SHIFT, 2, Money.ofRupees(2200), "TXN-EXT1", BEFORE))
                .andGiven(new ProfessionalCheckedInEvent(SHIFT, APPLICATION, NURSE, in, false),
                        new PositionCompletedEvent(SHIFT, APPLICATION, NURSE, NURSE_WALLET, in, SCHEDULE.endsAt(),
                                480, 480, Money.ofRupees(1000), Money.ofRupees(100), false, null),
                        new ExtendedDayCheckedInEvent(SHIFT, EXTENSION, APPLICATION, NURSE, DAY_TWO, dayTwoIn, false),
                        new ExtendedDayCompletedEvent(SHIFT, EXTENSION, APPLICATION, NURSE, NURSE_WALLET, DAY_TWO,
                                dayTwoIn, SCHEDULE_TWO.endsAt(), 480, 480, Money.ofRupees(1000),
                                Money.ofRupees(100), Money.ZERO, false))
                .whenThenTimeAdvancesTo(end.plus(Duration.ofMinutes(1)))
                .expectEvents(new ShiftExtensionEndedEvent(SHIFT, EXTENSION, 1), new ShiftCompletedEvent(SHIFT),
                        new ShiftEscrowReleasedEvent(SHIFT, HOSPITAL, HOSPITAL_WALLET,
                                RefundId.forShiftRelease(SHIFT, 1), ReleaseReason.SHIFT_SETTLED, Money.ofRupees(1100),
                                Money.ZERO, Money.ofRupees(1100), end, end.plus(Duration.ofDays(7))));
    }

    @Test
    void cancellingBeforeAnyWorkReleasesTheAddedDaysWithTheShiftLessTheFee() {
        fixture.given(extendedAndFunded())
                .when(new CancelShiftCommand(SHIFT, HOSPITAL, null, BEFORE))
                .expectEvents(new ShiftCancelledEvent(SHIFT, null),
                        new ShiftEscrowReleasedEvent(SHIFT, HOSPITAL, HOSPITAL_WALLET,
                                RefundId.forShiftRelease(SHIFT, 1), ReleaseReason.SHIFT_CANCELLED,
                                Money.ofRupees(3300), Money.ofRupees(330), Money.ofRupees(2970), BEFORE,
                                BEFORE.plus(Duration.ofDays(7))));
    }

    @Test
    void anExtendedShiftKeepsItsScheduleAndPay() {
        fixture.given(acceptedNurse())
                .andGiven(requestedByHospital())
                .when(new ReviseShiftCommand(SHIFT, HOSPITAL, new ShiftChanges(null, null, null, null, null, null,
                        null, null, null, null, null, null, Money.ofRupees(900)), ClaimedAmounts.none(), IST, BEFORE))
                .expectException(RejectedException.class)
                .expectExceptionMessage(Shift.SHIFT_EXTENDED);
    }
}
