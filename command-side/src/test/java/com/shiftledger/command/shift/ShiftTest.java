package com.shiftledger.command.shift;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.refund.RefundId;
import com.shiftledger.api.refund.RefundTerms;
import com.shiftledger.api.rejection.RejectedException;
import com.shiftledger.api.shift.AbandonShiftFundingCommand;
import com.shiftledger.api.platform.SosTier;
import com.shiftledger.api.shift.ApplyForShiftCommand;
import com.shiftledger.api.shift.ShiftApplied;
import com.shiftledger.api.shift.CancelShiftCommand;
import com.shiftledger.api.shift.CheckInCommand;
import com.shiftledger.api.shift.CheckOutCommand;
import com.shiftledger.api.shift.ClaimedAmounts;
import com.shiftledger.api.shift.ConfirmShiftFundingCommand;
import com.shiftledger.api.shift.CreateShiftCommand;
import com.shiftledger.api.shift.DecideShiftApplicationCommand;
import com.shiftledger.api.shift.DropEmergencySosCommand;
import com.shiftledger.api.shift.EmergencySosRaisedEvent;
import com.shiftledger.api.shift.FundingReference;
import com.shiftledger.api.shift.GeoPoint;
import com.shiftledger.api.shift.MarkNoShowCommand;
import com.shiftledger.api.shift.PayType;
import com.shiftledger.api.shift.PositionCompletedEvent;
import com.shiftledger.api.shift.ProfessionType;
import com.shiftledger.api.shift.ProfessionalCheckedInEvent;
import com.shiftledger.api.shift.ProfessionalMarkedNoShowEvent;
import com.shiftledger.api.shift.PublishShiftCommand;
import com.shiftledger.api.shift.RaiseEmergencySosCommand;
import com.shiftledger.api.shift.ReleaseReason;
import com.shiftledger.api.shift.ReviseShiftCommand;
import com.shiftledger.api.shift.ShiftApplicationAcceptedEvent;
import com.shiftledger.api.shift.ShiftApplicationSubmittedEvent;
import com.shiftledger.api.shift.ShiftCancelledEvent;
import com.shiftledger.api.shift.ShiftChange;
import com.shiftledger.api.shift.ShiftChanges;
import com.shiftledger.api.shift.ShiftDiscardedEvent;
import com.shiftledger.api.shift.ShiftCompletedEvent;
import com.shiftledger.api.shift.ShiftCreatedEvent;
import com.shiftledger.api.shift.ShiftDetails;
import com.shiftledger.api.shift.ShiftEmergencySosActivatedEvent;
import com.shiftledger.api.shift.ShiftEmergencySosDroppedEvent;
import com.shiftledger.api.shift.ShiftEmergencySosFulfilledEvent;
import com.shiftledger.api.shift.ShiftEndedEvent;
import com.shiftledger.api.shift.ShiftEscrowReleasedEvent;
import com.shiftledger.api.shift.ShiftFundingAbandonedEvent;
import com.shiftledger.api.shift.ShiftFundingRequestedEvent;
import com.shiftledger.api.shift.ShiftFundsReceivedEvent;
import com.shiftledger.api.shift.ShiftId;
import com.shiftledger.api.shift.ShiftPayRaisedEvent;
import com.shiftledger.api.shift.ShiftPriority;
import com.shiftledger.api.shift.ShiftPublishedEvent;
import com.shiftledger.api.shift.ShiftRevisedEvent;
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

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.equalTo;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.matches;
import static org.axonframework.test.matchers.Matchers.messageWithPayload;

/** The shift decides what its pay costs, who works, what each position earns and what is returned. */
class ShiftTest {

    private static final ZoneId IST = ZoneId.of("Asia/Kolkata");
    private static final ShiftId SHIFT = new ShiftId(101);
    private static final long HOSPITAL = 5;
    private static final WalletId HOSPITAL_WALLET = new WalletId(50);
    private static final WalletId NURSE_WALLET = new WalletId(60);
    private static final long NURSE = 7;
    private static final BigDecimal TEN = BigDecimal.TEN;
    /** The seed's refund terms: a 10 % fee, credited after 7 days. */
    private static final RefundTerms REFUNDS = new RefundTerms(TEN, Duration.ofDays(7));
    private static final GeoPoint HOSPITAL_SITE = new GeoPoint(new BigDecimal("19.076000"), new BigDecimal("72.877700"));
    private static final ShiftDetails DETAILS = new ShiftDetails("Night ICU", null, ProfessionType.NURSE, null,
            ShiftPriority.NORMAL, false);
    /** 08:00 to 16:00 on 2030-01-15 in India: 480 minutes. */
    private static final ShiftSchedule SCHEDULE = ShiftSchedule.of(LocalDate.of(2030, 1, 15), LocalTime.of(8, 0),
            LocalTime.of(16, 0), false, IST);
    /** ₹200 an hour for 8 hours = ₹1600, +10% = ₹1760 per position, 2 positions = ₹3520. */
    private static final ShiftTerms HOURLY = new ShiftTerms(PayType.HOURLY, Money.ofRupees(200), 2, TEN, REFUNDS);
    private static final Instant BEFORE = SCHEDULE.startsAt().minus(Duration.ofDays(2));

    private FixtureConfiguration<Shift> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Shift.class);
    }

    private static ShiftCreatedEvent created() {
        return new ShiftCreatedEvent(SHIFT, HOSPITAL, "City Hospital", HOSPITAL_WALLET, "SFT-20300115-AB12", DETAILS,
                SCHEDULE, HOURLY, HOURLY.price(SCHEDULE.scheduledMinutes()), HOSPITAL_SITE, false, null);
    }

    private static ShiftCreatedEvent createdToPublish() {
        return new ShiftCreatedEvent(SHIFT, HOSPITAL, "City Hospital", HOSPITAL_WALLET, "SFT-20300115-AB12", DETAILS,
                SCHEDULE, HOURLY, HOURLY.price(SCHEDULE.scheduledMinutes()), HOSPITAL_SITE, true, null);
    }

    private static ShiftFundingRequestedEvent publishRequested() {
        return new ShiftFundingRequestedEvent(SHIFT, 1, HOSPITAL_WALLET, Money.ofRupees(3520), true, null, null, null,
                null);
    }

    private static ShiftPublishedEvent published() {
        return new ShiftPublishedEvent(SHIFT, 1, Money.ofRupees(3520), "TXN-FUND1");
    }

    private static ShiftApplicationSubmittedEvent applied(long applicationId, long professionalId) {
        return new ShiftApplicationSubmittedEvent(SHIFT, applicationId, professionalId, "Asha Rao",
                ProfessionType.NURSE, NURSE_WALLET, null, null);
    }

    private static ShiftApplicationAcceptedEvent accepted(long applicationId, long professionalId) {
        return new ShiftApplicationAcceptedEvent(SHIFT, applicationId, professionalId);
    }

    private static ShiftChanges payRate(long rupees) {
        return new ShiftChanges(null, null, null, null, null, null, null, null, null, null, null, null,
                Money.ofRupees(rupees));
    }

    @Test
    void createdShiftIsADraftPricedFromItsTerms() {
        fixture.givenNoPriorActivity()
                .when(new CreateShiftCommand(SHIFT, HOSPITAL, "City Hospital", HOSPITAL_WALLET, "SFT-20300115-AB12",
                        DETAILS, SCHEDULE, HOURLY, HOSPITAL_SITE, false, null, BEFORE))
                .expectEvents(created());
    }

    @Test
    void aShiftCreatedToBePublishedAsksForItsFundingAtOnce() {
        fixture.givenNoPriorActivity()
                .when(new CreateShiftCommand(SHIFT, HOSPITAL, "City Hospital", HOSPITAL_WALLET, "SFT-20300115-AB12",
                        DETAILS, SCHEDULE, HOURLY, HOSPITAL_SITE, true, null, BEFORE))
                .expectEventsMatching(exactSequenceOf(
                        messageWithPayload(equalTo(createdToPublish())),
                        messageWithPayload(matches((ShiftFundingRequestedEvent request) -> request.publish()
                                && request.amount().equals(Money.ofRupees(3520))
                                && request.funding().equals(new FundingReference(SHIFT, 1)))),
                        andNoMore()));
    }

    @Test
    void aShiftCreatedToBePublishedThatTheWalletCannotFundIsDiscarded() {
        fixture.given(createdToPublish(), publishRequested())
                .when(new AbandonShiftFundingCommand(SHIFT, 1, Money.ofRupees(3520), Money.ofRupees(100)))
                .expectEvents(new ShiftDiscardedEvent(SHIFT),
                        new ShiftFundingAbandonedEvent(SHIFT, 1, Money.ofRupees(3520), Money.ofRupees(100)));
    }

    @Test
    void aShiftThatEndedBeforeItWasCreatedIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new CreateShiftCommand(SHIFT, HOSPITAL, "City Hospital", HOSPITAL_WALLET, "SFT-20300115-AB12",
                        DETAILS, SCHEDULE, HOURLY, HOSPITAL_SITE, false, null, SCHEDULE.endsAt()))
                .expectException(RejectedException.class)
                .expectExceptionMessage(Shift.ALREADY_ENDED)
                .expectNoEvents();
    }

    @Test
    void publishingAsksForTheTotalFacilityPay() {
        fixture.given(created())
                .when(new PublishShiftCommand(SHIFT, HOSPITAL, BEFORE))
                .expectEvents(publishRequested())
                .expectResultMessagePayloadMatching(matches((ShiftChange change) ->
                        new FundingReference(SHIFT, 1).equals(change.funding())));
    }

    @Test
    void anotherHospitalCannotPublishTheShift() {
        fixture.given(created())
                .when(new PublishShiftCommand(SHIFT, 99, BEFORE))
                .expectException(RejectedException.class)
                .expectExceptionMessage(Shift.SHIFT_NOT_FOUND)
                .expectNoEvents();
    }

    @Test
    void aShiftThatHasEndedCannotBePublished() {
        fixture.given(created())
                .when(new PublishShiftCommand(SHIFT, HOSPITAL, SCHEDULE.endsAt()))
                .expectException(RejectedException.class)
                .expectExceptionMessage(Shift.ALREADY_ENDED);
    }

    @Test
    void confirmedFundingPublishesTheShiftAndSchedulesItsEnd() {
        fixture.given(created(), publishRequested())
                .when(new ConfirmShiftFundingCommand(SHIFT, 1, Money.ofRupees(3520), "TXN-FUND1", BEFORE))
                .expectEvents(published())
                .expectScheduledDeadlineWithName(SCHEDULE.endsAt(),
                        Shift.SHIFT_ENDED_DEADLINE);
    }

    @Test
    void aRepeatedConfirmationChangesNothing() {
        fixture.given(created(), publishRequested(), published())
                .when(new ConfirmShiftFundingCommand(SHIFT, 1, Money.ofRupees(3520), "TXN-FUND1", BEFORE))
                .expectNoEvents();
    }

    @Test
    void fundsForAnAbandonedRequestAreReturnedWithoutAFee() {
        RefundId refund = RefundId.forShiftRelease(SHIFT, 1);
        fixture.given(created(), publishRequested(), new ShiftFundingAbandonedEvent(SHIFT, 1, null, null))
                .when(new ConfirmShiftFundingCommand(SHIFT, 1, Money.ofRupees(3520), "TXN-LATE", BEFORE))
                .expectEvents(new ShiftFundsReceivedEvent(SHIFT, 1, Money.ofRupees(3520), "TXN-LATE"),
                        new ShiftEscrowReleasedEvent(SHIFT, HOSPITAL, HOSPITAL_WALLET, refund,
                                ReleaseReason.EXCESS_FUNDING, Money.ofRupees(3520), Money.ZERO, Money.ofRupees(3520),
                                BEFORE, BEFORE.plus(Duration.ofDays(7))));
    }

    @Test
    void aRefusedFundingLeavesTheShiftADraft() {
        fixture.given(created(), publishRequested())
                .when(new AbandonShiftFundingCommand(SHIFT, 1, Money.ofRupees(3520), Money.ofRupees(100)))
                .expectEvents(new ShiftFundingAbandonedEvent(SHIFT, 1, Money.ofRupees(3520), Money.ofRupees(100)));
    }

    @Test
    void raisingThePayOfAPublishedShiftAsksForTheDifference() {
        ShiftTerms raised = new ShiftTerms(PayType.HOURLY, Money.ofRupees(250), 2, TEN, REFUNDS);
        // ₹250 × 8 h = ₹2000 + 10% = ₹2200 per position; ₹4400 in all; ₹880 more than funded
        fixture.given(created(), publishRequested(), published())
                .when(new ReviseShiftCommand(SHIFT, HOSPITAL, payRate(250), ClaimedAmounts.none(), IST, BEFORE))
                .expectEvents(new ShiftFundingRequestedEvent(SHIFT, 2, HOSPITAL_WALLET, Money.ofRupees(880), false, DETAILS, SCHEDULE,
                        raised, raised.price(480)))
                .expectResultMessagePayloadMatching(matches((ShiftChange change) -> change.funding() != null
                        && change.funding().walletReference().equals("shift:101:fund:2")));
    }

    @Test
    void aRetriedRaiseReusesTheFundingAlreadyAskedFor() {
        ShiftTerms raised = new ShiftTerms(PayType.HOURLY, Money.ofRupees(250), 2, TEN, REFUNDS);
        fixture.given(created(), publishRequested(), published(),
                        new ShiftFundingRequestedEvent(SHIFT, 2, HOSPITAL_WALLET, Money.ofRupees(880), false, DETAILS, SCHEDULE, raised,
                                raised.price(480)))
                .when(new ReviseShiftCommand(SHIFT, HOSPITAL, payRate(250), ClaimedAmounts.none(), IST, BEFORE))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(matches((ShiftChange change) ->
                        new FundingReference(SHIFT, 2).equals(change.funding())));
    }

    @Test
    void aFundedRaiseAppliesTheNewPay() {
        ShiftTerms raised = new ShiftTerms(PayType.HOURLY, Money.ofRupees(250), 2, TEN, REFUNDS);
        fixture.given(created(), publishRequested(), published(),
                        new ShiftFundingRequestedEvent(SHIFT, 2, HOSPITAL_WALLET, Money.ofRupees(880), false, DETAILS, SCHEDULE, raised,
                                raised.price(480)))
                .when(new ConfirmShiftFundingCommand(SHIFT, 2, Money.ofRupees(880), "TXN-RAISE", BEFORE))
                .expectEvents(new ShiftPayRaisedEvent(SHIFT, 2, Money.ofRupees(880), "TXN-RAISE", DETAILS, SCHEDULE,
                        raised, raised.price(480)));
    }

    @Test
    void loweringThePayReleasesTheDifferenceLessTheRefundFee() {
        ShiftTerms lowered = new ShiftTerms(PayType.HOURLY, Money.ofRupees(150), 2, TEN, REFUNDS);
        // ₹150 × 8 h = ₹1200 + 10% = ₹1320; ₹2640 in all; ₹880 released: ₹88 fee, ₹792 refunded
        fixture.given(created(), publishRequested(), published())
                .when(new ReviseShiftCommand(SHIFT, HOSPITAL, payRate(150), ClaimedAmounts.none(), IST, BEFORE))
                .expectEvents(new ShiftRevisedEvent(SHIFT, DETAILS, SCHEDULE, lowered, lowered.price(480)),
                        new ShiftEscrowReleasedEvent(SHIFT, HOSPITAL, HOSPITAL_WALLET, RefundId.forShiftRelease(SHIFT, 1),
                                ReleaseReason.PAY_LOWERED, Money.ofRupees(880), Money.ofRupees(88),
                                Money.ofRupees(792), BEFORE, BEFORE.plus(Duration.ofDays(7))));
    }

    @Test
    void amountsAClientComputedWronglyAreRefused() {
        ClaimedAmounts wrong = new ClaimedAmounts(Money.ofRupees(1500), null, Money.ofRupees(1), null);
        fixture.given(created(), publishRequested(), published())
                .when(new ReviseShiftCommand(SHIFT, HOSPITAL, payRate(250), wrong, IST, BEFORE))
                .expectException(RejectedException.class)
                .expectNoEvents();
    }

    @Test
    void amountsAClientComputedRightlyAreAccepted() {
        ClaimedAmounts right = new ClaimedAmounts(Money.ofRupees(2200), Money.ofRupees(200), Money.ofRupees(880),
                Money.ZERO);
        fixture.given(created(), publishRequested(), published())
                .when(new ReviseShiftCommand(SHIFT, HOSPITAL, payRate(250), right, IST, BEFORE))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void positionsCannotDropBelowTheAcceptedApplications() {
        ShiftChanges onePosition = new ShiftChanges(null, null, null, null, null, null, null, null, null, null, 1,
                null, null);
        fixture.given(created(), publishRequested(), published(), applied(1, NURSE), accepted(1, NURSE),
                        applied(2, 8), accepted(2, 8))
                .when(new ReviseShiftCommand(SHIFT, HOSPITAL, onePosition, ClaimedAmounts.none(), IST, BEFORE))
                .expectException(RejectedException.class)
                .expectExceptionMessage(Shift.POSITIONS_BELOW_ACCEPTED);
    }

    @Test
    void cancellingAFundedShiftReleasesItsEscrowLessTheFee() {
        fixture.given(created(), publishRequested(), published())
                .when(new CancelShiftCommand(SHIFT, HOSPITAL, "No longer needed", BEFORE))
                .expectEvents(new ShiftCancelledEvent(SHIFT, "No longer needed"),
                        new ShiftEscrowReleasedEvent(SHIFT, HOSPITAL, HOSPITAL_WALLET, RefundId.forShiftRelease(SHIFT, 1),
                                ReleaseReason.SHIFT_CANCELLED, Money.ofRupees(3520), Money.ofRupees(352),
                                Money.ofRupees(3168), BEFORE, BEFORE.plus(Duration.ofDays(7))));
    }

    @Test
    void cancellingADraftMovesNoMoney() {
        fixture.given(created())
                .when(new CancelShiftCommand(SHIFT, HOSPITAL, null, BEFORE))
                .expectEvents(new ShiftCancelledEvent(SHIFT, null));
    }

    @Test
    void professionalsApplyOnceAndOnlyForTheirProfession() {
        ApplyForShiftCommand nurse = new ApplyForShiftCommand(SHIFT, 1, NURSE, "Asha Rao", ProfessionType.NURSE,
                NURSE_WALLET, null, BEFORE);
        fixture.given(created(), publishRequested(), published())
                .when(nurse)
                .expectResultMessagePayloadMatching(matches((ShiftApplied applied) -> !applied.accepted()
                        && applied.status().equals("pending")))
                .expectEvents(applied(1, NURSE));
        fixture.given(created(), publishRequested(), published(), applied(1, NURSE))
                .when(new ApplyForShiftCommand(SHIFT, 2, NURSE, "Asha Rao", ProfessionType.NURSE, NURSE_WALLET, null, BEFORE))
                .expectException(RejectedException.class)
                .expectExceptionMessage(Shift.ALREADY_APPLIED);
        fixture.given(created(), publishRequested(), published())
                .when(new ApplyForShiftCommand(SHIFT, 3, 9, "Dr Mehta", ProfessionType.DOCTOR, new WalletId(90), null, BEFORE))
                .expectException(RejectedException.class)
                .expectExceptionMessage(Shift.WRONG_PROFESSION);
    }

    @Test
    void aDraftIsNotVisibleToProfessionals() {
        fixture.given(created())
                .when(new ApplyForShiftCommand(SHIFT, 1, NURSE, "Asha Rao", ProfessionType.NURSE, NURSE_WALLET, null, BEFORE))
                .expectException(RejectedException.class)
                .expectExceptionMessage(Shift.SHIFT_NOT_FOUND);
    }

    @Test
    void neverMoreAcceptedThanPositions() {
        fixture.given(created(), publishRequested(), published(), applied(1, 7), accepted(1, 7), applied(2, 8),
                        accepted(2, 8), applied(3, 9))
                .when(new DecideShiftApplicationCommand(SHIFT, HOSPITAL, 3, true, BEFORE))
                .expectException(RejectedException.class)
                .expectExceptionMessage(Shift.NO_OPEN_POSITIONS);
    }

    @Test
    void checkInIsRefusedFarFromTheHospital() {
        GeoPoint elsewhere = new GeoPoint(new BigDecimal("19.086000"), new BigDecimal("72.877700"));
        fixture.given(created(), publishRequested(), published(), applied(1, NURSE), accepted(1, NURSE))
                .when(new CheckInCommand(SHIFT, NURSE, SCHEDULE.startsAt(), elsewhere, null))
                .expectException(RejectedException.class)
                .expectExceptionMessage(Shift.TOO_FAR);
    }

    @Test
    void checkInAtTheHospitalWithinTheWindowIsRecorded() {
        GeoPoint atTheDoor = new GeoPoint(new BigDecimal("19.077000"), new BigDecimal("72.877700"));
        Instant at = SCHEDULE.startsAt().minus(Duration.ofMinutes(10));
        fixture.given(created(), publishRequested(), published(), applied(1, NURSE), accepted(1, NURSE))
                .when(new CheckInCommand(SHIFT, NURSE, at, atTheDoor, null))
                .expectEvents(new ProfessionalCheckedInEvent(SHIFT, 1, NURSE, at, false));
        fixture.given(created(), publishRequested(), published(), applied(1, NURSE), accepted(1, NURSE))
                .when(new CheckInCommand(SHIFT, NURSE, SCHEDULE.startsAt().minus(Duration.ofHours(2)), atTheDoor, null))
                .expectException(RejectedException.class)
                .expectExceptionMessage(Shift.CHECK_IN_WINDOW);
    }

    @Test
    void hourlyPayIsForTheHoursWorkedCappedAtTheScheduledHours() {
        Instant in = SCHEDULE.startsAt();
        Instant out = in.plus(Duration.ofMinutes(270));
        // 4 h 30 min at ₹200 = ₹900 pay, ₹90 service charge
        fixture.given(created(), publishRequested(), published(), applied(1, NURSE), accepted(1, NURSE),
                        new ProfessionalCheckedInEvent(SHIFT, 1, NURSE, in, false))
                .when(new CheckOutCommand(SHIFT, NURSE, out, null, null))
                .expectEvents(new PositionCompletedEvent(SHIFT, 1, NURSE, NURSE_WALLET, in, out, 270, 270,
                        Money.ofRupees(900), Money.ofRupees(90), false, null));
        Instant late = in.plus(Duration.ofHours(10));
        fixture.given(created(), publishRequested(), published(), applied(1, NURSE), accepted(1, NURSE),
                        new ProfessionalCheckedInEvent(SHIFT, 1, NURSE, in, false))
                .when(new CheckOutCommand(SHIFT, NURSE, late, null, null))
                .expectEvents(new PositionCompletedEvent(SHIFT, 1, NURSE, NURSE_WALLET, in, late, 600, 480,
                        Money.ofRupees(1600), Money.ofRupees(160), false, null));
    }

    @Test
    void aCompletedPositionIsPaidOnce() {
        Instant in = SCHEDULE.startsAt();
        fixture.given(created(), publishRequested(), published(), applied(1, NURSE), accepted(1, NURSE),
                        new ProfessionalCheckedInEvent(SHIFT, 1, NURSE, in, false),
                        new PositionCompletedEvent(SHIFT, 1, NURSE, NURSE_WALLET, in, SCHEDULE.endsAt(), 480, 480,
                                Money.ofRupees(1600), Money.ofRupees(160), false, null))
                .when(new CheckOutCommand(SHIFT, NURSE, SCHEDULE.endsAt(), null, null))
                .expectException(RejectedException.class)
                .expectExceptionMessage(Shift.ATTENDANCE_CLOSED);
    }

    @Test
    void whenEveryPositionIsDoneTheRestOfTheEscrowReturnsWithoutAFee() {
        Instant in = SCHEDULE.startsAt();
        PositionCompletedEvent first = new PositionCompletedEvent(SHIFT, 1, 7, NURSE_WALLET, in, SCHEDULE.endsAt(), 480,
                480, Money.ofRupees(1600), Money.ofRupees(160), false, null);
        Instant out = in.plus(Duration.ofMinutes(240));
        // the second nurse works 4 h: ₹800 + ₹80; left in escrow: ₹3520 − ₹1760 − ₹880 = ₹880
        fixture.given(created(), publishRequested(), published(), applied(1, 7), accepted(1, 7), applied(2, 8),
                        accepted(2, 8), new ProfessionalCheckedInEvent(SHIFT, 1, 7, in, false), first,
                        new ProfessionalCheckedInEvent(SHIFT, 2, 8, in, false))
                .when(new CheckOutCommand(SHIFT, 8, out, null, null))
                .expectEvents(new PositionCompletedEvent(SHIFT, 2, 8, NURSE_WALLET, in, out, 240, 240,
                                Money.ofRupees(800), Money.ofRupees(80), false, null),
                        new ShiftCompletedEvent(SHIFT),
                        new ShiftEscrowReleasedEvent(SHIFT, HOSPITAL, HOSPITAL_WALLET, RefundId.forShiftRelease(SHIFT, 1),
                                ReleaseReason.SHIFT_SETTLED, Money.ofRupees(880), Money.ZERO, Money.ofRupees(880),
                                out, out.plus(Duration.ofDays(7))));
    }

    @Test
    void aNoShowIsNotPaidAndSettlesTheShiftWhenNothingElseIsOpen() {
        Instant in = SCHEDULE.startsAt();
        PositionCompletedEvent first = new PositionCompletedEvent(SHIFT, 1, 7, NURSE_WALLET, in, SCHEDULE.endsAt(), 480,
                480, Money.ofRupees(1600), Money.ofRupees(160), false, null);
        Instant at = SCHEDULE.endsAt();
        fixture.given(created(), publishRequested(), published(), applied(1, 7), accepted(1, 7), applied(2, 8),
                        accepted(2, 8), new ProfessionalCheckedInEvent(SHIFT, 1, 7, in, false), first)
                .when(new MarkNoShowCommand(SHIFT, HOSPITAL, 8, "Did not come", at))
                .expectEvents(new ProfessionalMarkedNoShowEvent(SHIFT, 2, 8, "Did not come"),
                        new ShiftCompletedEvent(SHIFT),
                        new ShiftEscrowReleasedEvent(SHIFT, HOSPITAL, HOSPITAL_WALLET, RefundId.forShiftRelease(SHIFT, 1),
                                ReleaseReason.SHIFT_SETTLED, Money.ofRupees(1760), Money.ZERO, Money.ofRupees(1760),
                                at, at.plus(Duration.ofDays(7))));
    }

    @Test
    void anUnfilledShiftSettlesWhenItsEndPasses() {
        fixture.givenCurrentTime(BEFORE)
                .andGiven(created(), publishRequested())
                .andGivenCommands(new ConfirmShiftFundingCommand(SHIFT, 1, Money.ofRupees(3520), "TXN-FUND1", BEFORE))
                .whenThenTimeAdvancesTo(SCHEDULE.endsAt().plus(Duration.ofMinutes(1)))
                .expectEvents(new ShiftEndedEvent(SHIFT), new ShiftCompletedEvent(SHIFT),
                        new ShiftEscrowReleasedEvent(SHIFT, HOSPITAL, HOSPITAL_WALLET, RefundId.forShiftRelease(SHIFT, 1),
                                ReleaseReason.SHIFT_SETTLED, Money.ofRupees(3520), Money.ZERO, Money.ofRupees(3520),
                                SCHEDULE.endsAt(), SCHEDULE.endsAt().plus(Duration.ofDays(7))));
    }

    @Test
    void aShiftCannotBeChangedOnceWorkStarted() {
        fixture.given(created(), publishRequested(), published(), applied(1, NURSE), accepted(1, NURSE),
                        new ProfessionalCheckedInEvent(SHIFT, 1, NURSE, SCHEDULE.startsAt(), false))
                .when(new ReviseShiftCommand(SHIFT, HOSPITAL, payRate(100), ClaimedAmounts.none(), IST, BEFORE))
                .expectException(RejectedException.class)
                .expectExceptionMessage(Shift.CANNOT_CHANGE);
    }

    private static final SosId SOS = new SosId(3);
    private static final SosTier UNDER_ONE_HOUR = new SosTier("under_1_hour", "Under 1 Hour", 60,
            BigDecimal.valueOf(50));

    private static EmergencySosRaisedEvent sosRaised(Instant at, int openPositions) {
        // 50 % of ₹1600 professional pay per position
        return new EmergencySosRaisedEvent(SHIFT, SOS, HOSPITAL, HOSPITAL_WALLET, UNDER_ONE_HOUR, Money.ofRupees(800),
                openPositions, Money.ofRupees(800L * openPositions), at.plus(Duration.ofMinutes(60)), 25, null, 4,
                ProfessionType.NURSE, HOSPITAL_SITE, at);
    }

    @Test
    void anSosPricesTheTiersExtraPayForEveryOpenPosition() {
        fixture.given(created(), publishRequested(), published(), applied(1, NURSE), accepted(1, NURSE))
                .when(new RaiseEmergencySosCommand(SHIFT, HOSPITAL, SOS, UNDER_ONE_HOUR, 25, null, 4, BEFORE))
                .expectEvents(sosRaised(BEFORE, 1));
    }

    @Test
    void aShiftTakesOneActiveSosAtATimeAndNoneWhenItIsFull() {
        fixture.given(created(), publishRequested(), published(), sosRaised(BEFORE, 2))
                .when(new RaiseEmergencySosCommand(SHIFT, HOSPITAL, new SosId(4), UNDER_ONE_HOUR, 25, null, 4,
                        BEFORE.plusSeconds(60)))
                .expectException(RejectedException.class)
                .expectExceptionMessage(Shift.SOS_ALREADY_ACTIVE)
                .expectNoEvents();
        fixture.given(created(), publishRequested(), published(), applied(1, 7), accepted(1, 7), applied(2, 8),
                        accepted(2, 8))
                .when(new RaiseEmergencySosCommand(SHIFT, HOSPITAL, SOS, UNDER_ONE_HOUR, 25, null, 4, BEFORE))
                .expectException(RejectedException.class)
                .expectExceptionMessage(Shift.NO_OPEN_POSITIONS)
                .expectNoEvents();
    }

    @Test
    void anSosOnADraftOrAnotherHospitalsShiftIsNotFound() {
        fixture.given(created())
                .when(new RaiseEmergencySosCommand(SHIFT, HOSPITAL, SOS, UNDER_ONE_HOUR, 25, null, 4, BEFORE))
                .expectException(RejectedException.class)
                .expectExceptionMessage(Shift.SHIFT_NOT_FOUND);
        fixture.given(created(), publishRequested(), published())
                .when(new RaiseEmergencySosCommand(SHIFT, 99, SOS, UNDER_ONE_HOUR, 25, null, 4, BEFORE))
                .expectException(RejectedException.class)
                .expectExceptionMessage(Shift.SHIFT_NOT_FOUND);
    }

    @Test
    void applicationsWhileTheSosIsSentAndBeforeItsDeadlineEarnItsExtraPay() {
        Instant deadline = BEFORE.plus(Duration.ofMinutes(60));
        fixture.given(created(), publishRequested(), published(), sosRaised(BEFORE, 2),
                        new ShiftEmergencySosActivatedEvent(SHIFT, SOS))
                .when(new ApplyForShiftCommand(SHIFT, 1, NURSE, "Asha Rao", ProfessionType.NURSE, NURSE_WALLET, null,
                        BEFORE.plusSeconds(600)))
                .expectEvents(new ShiftApplicationSubmittedEvent(SHIFT, 1, NURSE, "Asha Rao", ProfessionType.NURSE,
                        NURSE_WALLET, null, new SosEligibility(SOS, "under_1_hour", deadline, Money.ofRupees(800),
                        true)));
        fixture.given(created(), publishRequested(), published(), sosRaised(BEFORE, 2),
                        new ShiftEmergencySosActivatedEvent(SHIFT, SOS))
                .when(new ApplyForShiftCommand(SHIFT, 1, NURSE, "Asha Rao", ProfessionType.NURSE, NURSE_WALLET, null,
                        deadline.plusSeconds(1)))
                .expectEvents(new ShiftApplicationSubmittedEvent(SHIFT, 1, NURSE, "Asha Rao", ProfessionType.NURSE,
                        NURSE_WALLET, null, new SosEligibility(SOS, "under_1_hour", deadline, Money.ofRupees(800),
                        false)));
        fixture.given(created(), publishRequested(), published(), sosRaised(BEFORE, 2))
                .when(new ApplyForShiftCommand(SHIFT, 1, NURSE, "Asha Rao", ProfessionType.NURSE, NURSE_WALLET, null,
                        BEFORE.plusSeconds(1)))
                .expectEvents(applied(1, NURSE));
    }

    @Test
    void fillingTheLastPositionBeforeTheDeadlineFulfilsTheSos() {
        fixture.given(created(), publishRequested(), published(), sosRaised(BEFORE, 2),
                        new ShiftEmergencySosActivatedEvent(SHIFT, SOS), applied(1, 7), accepted(1, 7), applied(2, 8))
                .when(new DecideShiftApplicationCommand(SHIFT, HOSPITAL, 2, true, BEFORE.plusSeconds(60)))
                .expectEvents(accepted(2, 8), new ShiftEmergencySosFulfilledEvent(SHIFT, SOS));
    }

    @Test
    void anSosTheWalletRefusedIsDroppedAndAnotherMayBeRaised() {
        fixture.given(created(), publishRequested(), published(), sosRaised(BEFORE, 2))
                .when(new DropEmergencySosCommand(SHIFT, SOS))
                .expectEvents(new ShiftEmergencySosDroppedEvent(SHIFT, SOS));
        fixture.given(created(), publishRequested(), published(), sosRaised(BEFORE, 2),
                        new ShiftEmergencySosDroppedEvent(SHIFT, SOS))
                .when(new RaiseEmergencySosCommand(SHIFT, HOSPITAL, new SosId(4), UNDER_ONE_HOUR, 25, null, 4,
                        BEFORE.plusSeconds(60)))
                .expectSuccessfulHandlerExecution();
    }
}
