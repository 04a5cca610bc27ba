package com.shiftledger.command.refund;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.refund.CompleteRefundCommand;
import com.shiftledger.api.refund.RefundCompletedEvent;
import com.shiftledger.api.refund.RefundId;
import com.shiftledger.api.refund.RefundReleaseStartedEvent;
import com.shiftledger.api.refund.RefundRequestedEvent;
import com.shiftledger.api.refund.ReleaseRefundCommand;
import com.shiftledger.api.refund.RequestRefundCommand;
import com.shiftledger.api.shift.ShiftId;
import com.shiftledger.api.wallet.WalletId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

/** A refund goes pending, processing, completed, each step once. */
class RefundTest {

    private static final RefundId REFUND = RefundId.forShiftRelease(new ShiftId(101), 1);
    private static final WalletId WALLET = new WalletId(50);
    private static final Instant REQUESTED = Instant.parse("2030-01-10T10:00:00Z");
    private static final Instant AVAILABLE = REQUESTED.plus(Duration.ofDays(7));

    private FixtureConfiguration<Refund> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Refund.class);
    }

    private static RequestRefundCommand request() {
        return new RequestRefundCommand(REFUND, 5, WALLET, 101L, Money.ofRupees(1000), Money.ofRupees(100),
                Money.ofRupees(900), "Shift edit refund", REQUESTED, AVAILABLE);
    }

    private static RefundRequestedEvent requested() {
        return new RefundRequestedEvent(REFUND, 5, WALLET, 101L, Money.ofRupees(1000), Money.ofRupees(100),
                Money.ofRupees(900), "Shift edit refund", REQUESTED, AVAILABLE);
    }

    @Test
    void aReleasedAmountBecomesAPendingRefund() {
        fixture.givenNoPriorActivity().when(request()).expectEvents(requested());
    }

    @Test
    void requestingTheSameRefundAgainChangesNothing() {
        fixture.given(requested()).when(request()).expectNoEvents();
    }

    @Test
    void aPendingRefundStartsProcessingOnceWhenReleased() {
        fixture.given(requested())
                .when(new ReleaseRefundCommand(REFUND))
                .expectEvents(new RefundReleaseStartedEvent(REFUND, WALLET, Money.ofRupees(900)));
        fixture.given(requested(), new RefundReleaseStartedEvent(REFUND, WALLET, Money.ofRupees(900)))
                .when(new ReleaseRefundCommand(REFUND))
                .expectNoEvents();
    }

    @Test
    void refundIsCompletedOnceAfterItsCredit() {
        RefundReleaseStartedEvent processing = new RefundReleaseStartedEvent(REFUND, WALLET, Money.ofRupees(900));
        RefundCompletedEvent completed = new RefundCompletedEvent(REFUND, WALLET, Money.ofRupees(900), "TXN-CREDIT");
        fixture.given(requested(), processing)
                .when(new CompleteRefundCommand(REFUND, "TXN-CREDIT"))
                .expectEvents(completed);
        fixture.given(requested(), processing, completed)
                .when(new CompleteRefundCommand(REFUND, "TXN-CREDIT"))
                .expectNoEvents();
        fixture.given(requested(), processing, completed)
                .when(new ReleaseRefundCommand(REFUND))
                .expectNoEvents();
    }

    @Test
    void aPendingRefundCannotCompleteBeforeItIsReleased() {
        fixture.given(requested())
                .when(new CompleteRefundCommand(REFUND, "TXN-EARLY"))
                .expectNoEvents();
    }
}
