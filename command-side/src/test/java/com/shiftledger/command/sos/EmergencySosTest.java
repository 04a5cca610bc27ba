package com.shiftledger.command.sos;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.platform.SosTier;
import com.shiftledger.api.refund.RefundId;
import com.shiftledger.api.rejection.RejectedException;
import com.shiftledger.api.shift.ProfessionType;
import com.shiftledger.api.shift.ShiftId;
import com.shiftledger.api.sos.AbandonEmergencySosCommand;
import com.shiftledger.api.sos.CancelEmergencySosCommand;
import com.shiftledger.api.sos.ConfirmSosFundingCommand;
import com.shiftledger.api.sos.EmergencySosAbandonedEvent;
import com.shiftledger.api.sos.EmergencySosCancelledEvent;
import com.shiftledger.api.sos.EmergencySosExpiredEvent;
import com.shiftledger.api.sos.EmergencySosFulfilledEvent;
import com.shiftledger.api.sos.EmergencySosOpenedEvent;
import com.shiftledger.api.sos.EmergencySosSentEvent;
import com.shiftledger.api.sos.EmergencySosSettledEvent;
import com.shiftledger.api.sos.FulfilEmergencySosCommand;
import com.shiftledger.api.sos.LapseSosEligibilityCommand;
import com.shiftledger.api.sos.OpenEmergencySosCommand;
import com.shiftledger.api.sos.OweSosExtraPayCommand;
import com.shiftledger.api.sos.RecordEligibleApplicationCommand;
import com.shiftledger.api.sos.RequestSosRefundCommand;
import com.shiftledger.api.sos.ReviewSosRefundCommand;
import com.shiftledger.api.sos.SosApplicationEligibleEvent;
import com.shiftledger.api.sos.SosEligibilityLapsedEvent;
import com.shiftledger.api.sos.SosExtraPayOwedEvent;
import com.shiftledger.api.sos.SosId;
import com.shiftledger.api.sos.SosRefundApprovedEvent;
import com.shiftledger.api.sos.SosRefundReceipt;
import com.shiftledger.api.sos.SosRefundRejectedEvent;
import com.shiftledger.api.sos.SosRefundRequestedEvent;
import com.shiftledger.api.wallet.WalletId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import static org.axonframework.test.matchers.Matchers.matches;

/** The SOS holds extra pay in escrow, owes it once per eligible completed application and refunds only the rest. */
class EmergencySosTest {

    private static final SosId SOS = new SosId(3);
    private static final ShiftId SHIFT = new ShiftId(101);
    private static final long HOSPITAL = 5;
    private static final WalletId HOSPITAL_WALLET = new WalletId(50);
    private static final WalletId NURSE_WALLET = new WalletId(60);
    private static final SosTier UNDER_ONE_HOUR = new SosTier("under_1_hour", "Under 1 Hour", 60, BigDecimal.valueOf(50));
    private static final Instant OPENED = Instant.parse("2030-01-15T06:00:00Z");
    private static final Instant DEADLINE = OPENED.plus(Duration.ofMinutes(60));
    /** ₹500 for each of two open positions. */
    private static final Money EXTRA = Money.ofRupees(500);

    private FixtureConfiguration<EmergencySos> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(EmergencySos.class);
    }

    private static EmergencySosOpenedEvent opened() {
        return new EmergencySosOpenedEvent(SOS, SHIFT, HOSPITAL, HOSPITAL_WALLET, UNDER_ONE_HOUR, EXTRA, 2,
                Money.ofRupees(1000), DEADLINE, 25, "Please come", 12, ProfessionType.NURSE, null, OPENED);
    }

    private static EmergencySosSentEvent sent() {
        return new EmergencySosSentEvent(SOS, SHIFT, "TXN-SOS", DEADLINE);
    }

    private static SosApplicationEligibleEvent eligible(long applicationId, long professionalId) {
        return new SosApplicationEligibleEvent(SOS, applicationId, professionalId, NURSE_WALLET, EXTRA);
    }

    private static RefundId refund(int n) {
        return RefundId.forSosRefund(SOS, n);
    }

    @Test
    void anOpenedSosIsSentOnceFunded() {
        fixture.givenNoPriorActivity()
                .when(new OpenEmergencySosCommand(SOS, SHIFT, HOSPITAL, HOSPITAL_WALLET, UNDER_ONE_HOUR, EXTRA, 2,
                        Money.ofRupees(1000), DEADLINE, 25, "Please come", 12, ProfessionType.NURSE, null, OPENED))
                .expectEvents(opened());
    }

    @Test
    void aFundedSosIsSentAndWaitsForItsDeadline() {
        fixture.givenCurrentTime(OPENED)
                .andGiven(opened())
                .when(new ConfirmSosFundingCommand(SOS, "TXN-SOS"))
                .expectEvents(sent())
                .expectScheduledDeadlineWithName(DEADLINE, EmergencySos.EXPIRY_DEADLINE);
    }

    @Test
    void aSentSosExpiresAtItsDeadlineAndSettlesWhenNobodyIsOwed() {
        fixture.givenCurrentTime(OPENED)
                .andGiven(opened())
                .andGivenCommands(new ConfirmSosFundingCommand(SOS, "TXN-SOS"))
                .whenThenTimeAdvancesTo(DEADLINE.plusSeconds(1))
                .expectEvents(new EmergencySosExpiredEvent(SOS, SHIFT), new EmergencySosSettledEvent(SOS));
    }

    @Test
    void aRepeatedFundingChangesNothing() {
        fixture.given(opened(), sent())
                .when(new ConfirmSosFundingCommand(SOS, "TXN-SOS"))
                .expectNoEvents();
    }

    @Test
    void anSosTheWalletCouldNotPayIsAbandoned() {
        fixture.given(opened())
                .when(new AbandonEmergencySosCommand(SOS, Money.ofRupees(1000), Money.ofRupees(200)))
                .expectEvents(new EmergencySosAbandonedEvent(SOS, SHIFT, Money.ofRupees(1000), Money.ofRupees(200)));
    }

    @Test
    void anEligibleApplicationIsRecordedOnceAndOwedOnceWhenItsWorkIsCompleted() {
        fixture.given(opened(), sent())
                .when(new RecordEligibleApplicationCommand(SOS, 7, 70, NURSE_WALLET))
                .expectEvents(eligible(7, 70));
        fixture.given(opened(), sent(), eligible(7, 70))
                .when(new RecordEligibleApplicationCommand(SOS, 7, 70, NURSE_WALLET))
                .expectNoEvents();
        fixture.given(opened(), sent(), eligible(7, 70))
                .when(new OweSosExtraPayCommand(SOS, 7))
                .expectEvents(new SosExtraPayOwedEvent(SOS, 7, 70, NURSE_WALLET, EXTRA));
        fixture.given(opened(), sent(), eligible(7, 70), new SosExtraPayOwedEvent(SOS, 7, 70, NURSE_WALLET, EXTRA))
                .when(new OweSosExtraPayCommand(SOS, 7))
                .expectNoEvents();
    }

    @Test
    void anApplicationThatWasNotEligibleEarnsNothing() {
        fixture.given(opened(), sent())
                .when(new OweSosExtraPayCommand(SOS, 8))
                .expectNoEvents();
    }

    @Test
    void aNoShowLapsesAndTheSosSettlesOnceNothingMoreCanBeOwed() {
        fixture.given(opened(), sent(), eligible(7, 70), new EmergencySosFulfilledEvent(SOS, SHIFT))
                .when(new LapseSosEligibilityCommand(SOS, 7))
                .expectEvents(new SosEligibilityLapsedEvent(SOS, 7), new EmergencySosSettledEvent(SOS));
        fixture.given(opened(), sent(), eligible(7, 70))
                .when(new FulfilEmergencySosCommand(SOS))
                .expectEvents(new EmergencySosFulfilledEvent(SOS, SHIFT));
    }

    @Test
    void nothingIsRefundableWhileTheSosIsSent() {
        fixture.given(opened(), sent())
                .when(new RequestSosRefundCommand(SOS, HOSPITAL, Money.ofRupees(1), "Too early", OPENED))
                .expectException(RejectedException.class)
                .expectExceptionMessage(String.format(EmergencySos.REFUND_TOO_LARGE, "0.00"))
                .expectNoEvents();
    }

    @Test
    void afterTheDeadlineWhatNobodyCanEarnIsRefundableAndPendingRequestsCountAgainstIt() {
        SosExtraPayOwedEvent paid = new SosExtraPayOwedEvent(SOS, 7, 70, NURSE_WALLET, EXTRA);
        fixture.given(opened(), sent(), eligible(7, 70), eligible(8, 80), paid,
                        new EmergencySosExpiredEvent(SOS, SHIFT))
                .when(new RequestSosRefundCommand(SOS, HOSPITAL, Money.ofRupees(1), "Rest", OPENED))
                .expectException(RejectedException.class)
                .expectExceptionMessage(String.format(EmergencySos.REFUND_TOO_LARGE, "0.00"));
        fixture.given(opened(), sent(), eligible(7, 70), eligible(8, 80), paid, new SosEligibilityLapsedEvent(SOS, 8),
                        new EmergencySosExpiredEvent(SOS, SHIFT))
                .when(new RequestSosRefundCommand(SOS, HOSPITAL, EXTRA, "Nobody else came", OPENED))
                .expectEvents(new SosRefundRequestedEvent(SOS, refund(1), HOSPITAL, HOSPITAL_WALLET, SHIFT, EXTRA,
                        "Nobody else came", OPENED))
                .expectResultMessagePayloadMatching(matches((SosRefundReceipt receipt) ->
                        receipt.refundId().equals(refund(1)) && receipt.amount().equals(EXTRA)));
        fixture.given(opened(), sent(), eligible(7, 70), paid, new EmergencySosExpiredEvent(SOS, SHIFT),
                        new SosRefundRequestedEvent(SOS, refund(1), HOSPITAL, HOSPITAL_WALLET, SHIFT, EXTRA, "Rest",
                                OPENED))
                .when(new RequestSosRefundCommand(SOS, HOSPITAL, Money.ofPaise(1), "Again", OPENED))
                .expectException(RejectedException.class)
                .expectNoEvents();
    }

    @Test
    void anotherHospitalCannotAskForTheRefund() {
        fixture.given(opened(), sent(), new EmergencySosCancelledEvent(SOS, SHIFT))
                .when(new RequestSosRefundCommand(SOS, 99, EXTRA, "Not mine", OPENED))
                .expectException(RejectedException.class)
                .expectExceptionMessage(EmergencySos.SOS_NOT_FOUND)
                .expectNoEvents();
    }

    @Test
    void anAdminApprovesOrRejectsAPendingRequestOnce() {
        SosRefundRequestedEvent requested = new SosRefundRequestedEvent(SOS, refund(1), HOSPITAL, HOSPITAL_WALLET,
                SHIFT, Money.ofRupees(1000), "Nobody came", OPENED);
        fixture.given(opened(), sent(), new EmergencySosExpiredEvent(SOS, SHIFT), requested)
                .when(new ReviewSosRefundCommand(SOS, refund(1), true, "ok", 1, OPENED))
                .expectEvents(new SosRefundApprovedEvent(SOS, refund(1), HOSPITAL_WALLET, Money.ofRupees(1000), "ok", 1,
                        OPENED));
        SosRefundApprovedEvent approved = new SosRefundApprovedEvent(SOS, refund(1), HOSPITAL_WALLET,
                Money.ofRupees(1000), "ok", 1, OPENED);
        fixture.given(opened(), sent(), new EmergencySosExpiredEvent(SOS, SHIFT), requested, approved)
                .when(new ReviewSosRefundCommand(SOS, refund(1), true, "ok", 1, OPENED))
                .expectNoEvents();
        fixture.given(opened(), sent(), new EmergencySosExpiredEvent(SOS, SHIFT), requested, approved)
                .when(new ReviewSosRefundCommand(SOS, refund(1), false, "no", 1, OPENED))
                .expectException(RejectedException.class)
                .expectNoEvents();
        fixture.given(opened(), sent(), new EmergencySosExpiredEvent(SOS, SHIFT), requested)
                .when(new ReviewSosRefundCommand(SOS, refund(1), false, "Staff came", 1, OPENED))
                .expectEvents(new SosRefundRejectedEvent(SOS, refund(1), HOSPITAL_WALLET, Money.ofRupees(1000),
                        "Staff came", 1, OPENED));
    }

    @Test
    void aCancelledShiftCancelsItsSentSos() {
        fixture.given(opened(), sent())
                .when(new CancelEmergencySosCommand(SOS))
                .expectEvents(new EmergencySosCancelledEvent(SOS, SHIFT), new EmergencySosSettledEvent(SOS));
    }
}
