package com.shiftledger.saga.refund;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.money.TransactionCategory;
import com.shiftledger.api.refund.CompleteRefundCommand;
import com.shiftledger.api.refund.RefundCompletedEvent;
import com.shiftledger.api.refund.RefundId;
import com.shiftledger.api.refund.RefundReleaseStartedEvent;
import com.shiftledger.api.refund.RefundRequestedEvent;
import com.shiftledger.api.refund.ReleaseRefundCommand;
import com.shiftledger.api.refund.RequestRefundCommand;
import com.shiftledger.api.shift.ReleaseReason;
import com.shiftledger.api.shift.ShiftEscrowReleasedEvent;
import com.shiftledger.api.shift.ShiftId;
import com.shiftledger.api.wallet.CreditWalletCommand;
import com.shiftledger.api.wallet.TransactionReceipt;
import com.shiftledger.api.wallet.WalletId;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

/** A refund waits on a deadline until the instant its release decided, and is then credited once. */
class RefundReleaseSagaTest {

    private static final ShiftId SHIFT = new ShiftId(101);
    private static final RefundId REFUND = RefundId.forShiftRelease(SHIFT, 1);
    private static final WalletId WALLET = new WalletId(50);
    private static final Duration HOLD = Duration.ofDays(7);

    private SagaTestFixture<RefundReleaseSaga> fixture;
    private Instant releasedAt;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(RefundReleaseSaga.class);
        fixture.setCallbackBehavior((command, metaData) -> command instanceof CreditWalletCommand credit
                ? new TransactionReceipt(credit.walletId(), "TXN-REFUNDED", credit.amount(), credit.amount(),
                credit.amount(), Money.ZERO, false, 3)
                : null);
        releasedAt = fixture.currentTime();
    }

    private ShiftEscrowReleasedEvent released() {
        return new ShiftEscrowReleasedEvent(SHIFT, 5, WALLET, REFUND, ReleaseReason.PAY_LOWERED, Money.ofRupees(1000),
                Money.ofRupees(100), Money.ofRupees(900), releasedAt, releasedAt.plus(HOLD));
    }

    private RefundRequestedEvent requested() {
        return new RefundRequestedEvent(REFUND, 5, WALLET, 101L, Money.ofRupees(1000), Money.ofRupees(100),
                Money.ofRupees(900), "Shift edit refund", releasedAt, releasedAt.plus(HOLD));
    }

    @Test
    void releasedEscrowOpensAPendingRefundAvailableAfterTheHoldPeriod() {
        fixture.givenNoPriorActivity()
                .whenPublishingA(released())
                .expectActiveSagas(1)
                .expectDispatchedCommands(new RequestRefundCommand(REFUND, 5, WALLET, 101L, Money.ofRupees(1000),
                        Money.ofRupees(100), Money.ofRupees(900), "Shift edit refund", releasedAt,
                        releasedAt.plus(HOLD)));
    }

    @Test
    void thePendingRefundWaitsOnAPersistentDeadline() {
        fixture.givenAPublished(released())
                .whenPublishingA(requested())
                .expectScheduledDeadlineWithName(releasedAt.plus(HOLD), RefundReleaseSaga.RELEASE_DEADLINE)
                .expectNoDispatchedCommands();
    }

    @Test
    void refundIsReleasedOnceAfterHoldPeriod() {
        fixture.givenAPublished(released()).andThenAPublished(requested())
                .whenTimeElapses(HOLD.minusMinutes(1))
                .expectNoDispatchedCommands();
        fixture.givenAPublished(released()).andThenAPublished(requested())
                .whenTimeElapses(HOLD.plusSeconds(1))
                .expectDispatchedCommands(new ReleaseRefundCommand(REFUND));
    }

    @Test
    void aProcessingRefundIsCreditedToTheWalletUnderItsOwnReferenceAndCompleted() {
        RefundReleaseStartedEvent processing = new RefundReleaseStartedEvent(REFUND, WALLET, Money.ofRupees(900));
        fixture.givenAPublished(released()).andThenAPublished(requested())
                .whenPublishingA(processing)
                .expectDispatchedCommands(
                        new CreditWalletCommand(WALLET, Money.ofRupees(900), REFUND.account(),
                                TransactionCategory.REFUND, processing.creditReference(),
                                "Refund " + REFUND.code() + " credited"),
                        new CompleteRefundCommand(REFUND, "TXN-REFUNDED"));
    }

    @Test
    void theSagaEndsWhenTheRefundIsCompleted() {
        fixture.givenAPublished(released()).andThenAPublished(requested())
                .andThenAPublished(new RefundReleaseStartedEvent(REFUND, WALLET, Money.ofRupees(900)))
                .whenPublishingA(new RefundCompletedEvent(REFUND, WALLET, Money.ofRupees(900), "TXN-REFUNDED"))
                .expectActiveSagas(0);
    }

    @Test
    void aReleaseWithNothingToRefundEndsAtOnce() {
        fixture.givenNoPriorActivity()
                .whenPublishingA(new ShiftEscrowReleasedEvent(SHIFT, 5, WALLET, REFUND, ReleaseReason.PAY_LOWERED,
                        Money.ofPaise(1), Money.ofPaise(1), Money.ZERO, releasedAt, releasedAt.plus(HOLD)))
                .expectActiveSagas(0)
                .expectNoDispatchedCommands();
    }
}
