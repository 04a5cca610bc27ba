package com.shiftledger.saga.sos;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.money.TransactionCategory;
import com.shiftledger.api.shift.PositionCompletedEvent;
import com.shiftledger.api.shift.ProfessionType;
import com.shiftledger.api.shift.ProfessionalMarkedNoShowEvent;
import com.shiftledger.api.shift.ShiftApplicationSubmittedEvent;
import com.shiftledger.api.shift.ShiftCancelledEvent;
import com.shiftledger.api.shift.ShiftEmergencySosFulfilledEvent;
import com.shiftledger.api.shift.ShiftId;
import com.shiftledger.api.sos.CancelEmergencySosCommand;
import com.shiftledger.api.sos.EmergencySosSentEvent;
import com.shiftledger.api.sos.EmergencySosSettledEvent;
import com.shiftledger.api.sos.FulfilEmergencySosCommand;
import com.shiftledger.api.sos.LapseSosEligibilityCommand;
import com.shiftledger.api.sos.OweSosExtraPayCommand;
import com.shiftledger.api.sos.RecordEligibleApplicationCommand;
import com.shiftledger.api.sos.SosEligibility;
import com.shiftledger.api.sos.SosExtraPayOwedEvent;
import com.shiftledger.api.sos.SosId;
import com.shiftledger.api.wallet.CreditWalletCommand;
import com.shiftledger.api.wallet.WalletId;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

/** The extra pay of a sent SOS goes to each eligible professional whose work is completed, once, and to nobody else. */
class SosPayoutSagaTest {

    private static final SosId SOS = new SosId(3);
    private static final ShiftId SHIFT = new ShiftId(101);
    private static final WalletId ASHA_WALLET = new WalletId(60);
    private static final Instant DEADLINE = Instant.parse("2030-01-15T07:00:00Z");
    private static final Money EXTRA = Money.ofRupees(500);

    private SagaTestFixture<SosPayoutSaga> fixture;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(SosPayoutSaga.class);
    }

    private static EmergencySosSentEvent sent() {
        return new EmergencySosSentEvent(SOS, SHIFT, "TXN-SOS", DEADLINE);
    }

    private static ShiftApplicationSubmittedEvent applied(long applicationId, long professionalId, boolean eligible) {
        return new ShiftApplicationSubmittedEvent(SHIFT, applicationId, professionalId, "Asha Rao",
                ProfessionType.NURSE, ASHA_WALLET, null,
                new SosEligibility(SOS, "under_1_hour", DEADLINE, EXTRA, eligible));
    }

    private static PositionCompletedEvent completed(long applicationId, long professionalId) {
        return new PositionCompletedEvent(SHIFT, applicationId, professionalId, ASHA_WALLET, DEADLINE, DEADLINE,
                480, 480, Money.ofRupees(1600), Money.ofRupees(160), false, null);
    }

    @Test
    void aSentSosFollowsItsShiftAndRecordsEachEligibleApplication() {
        fixture.givenNoPriorActivity()
                .whenPublishingA(sent())
                .expectActiveSagas(1)
                .expectNoDispatchedCommands();
        fixture.givenAPublished(sent())
                .whenPublishingA(applied(7, 70, true))
                .expectDispatchedCommands(new RecordEligibleApplicationCommand(SOS, 7, 70, ASHA_WALLET));
    }

    @Test
    void aLateApplicantIsNotRecordedAndEarnsNothing() {
        fixture.givenAPublished(sent()).andThenAPublished(applied(9, 90, false))
                .whenPublishingA(completed(9, 90))
                .expectNoDispatchedCommands();
    }

    @Test
    void anEligibleProfessionalsCompletedWorkIsOwedAndPaidFromTheSosEscrow() {
        fixture.givenAPublished(sent()).andThenAPublished(applied(7, 70, true))
                .whenPublishingA(completed(7, 70))
                .expectDispatchedCommands(new OweSosExtraPayCommand(SOS, 7));
        fixture.givenAPublished(sent()).andThenAPublished(applied(7, 70, true)).andThenAPublished(completed(7, 70))
                .whenPublishingA(new SosExtraPayOwedEvent(SOS, 7, 70, ASHA_WALLET, EXTRA))
                .expectDispatchedCommands(new CreditWalletCommand(ASHA_WALLET, EXTRA, SOS.account(),
                        TransactionCategory.EMERGENCY_SOS_EXTRA_PAY, "sos:3:pay:7", "Emergency SOS #3 extra pay"));
    }

    @Test
    void anEligibleNoShowLapses() {
        fixture.givenAPublished(sent()).andThenAPublished(applied(7, 70, true))
                .whenPublishingA(new ProfessionalMarkedNoShowEvent(SHIFT, 7, 70, "Did not come"))
                .expectDispatchedCommands(new LapseSosEligibilityCommand(SOS, 7));
    }

    @Test
    void theShiftsFulfilmentAndCancellationEndTheSos() {
        fixture.givenAPublished(sent())
                .whenPublishingA(new ShiftEmergencySosFulfilledEvent(SHIFT, SOS))
                .expectDispatchedCommands(new FulfilEmergencySosCommand(SOS));
        fixture.givenAPublished(sent()).andThenAPublished(applied(7, 70, true))
                .whenPublishingA(new ShiftCancelledEvent(SHIFT, "No longer needed"))
                .expectDispatchedCommands(new LapseSosEligibilityCommand(SOS, 7), new CancelEmergencySosCommand(SOS));
    }

    @Test
    void theSagaEndsWhenNothingMoreCanBeOwed() {
        fixture.givenAPublished(sent())
                .whenPublishingA(new EmergencySosSettledEvent(SOS))
                .expectActiveSagas(0);
    }
}
