package com.shiftledger.saga.refund;

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
import com.shiftledger.api.wallet.CreditWalletCommand;
import com.shiftledger.api.wallet.TransactionReceipt;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The life of one refund: escrow released from a shift becomes a pending refund, a persistent deadline waits
 * until the instant the release decided ({@code availableAt}; it survives restarts and runs once across
 * instances), then the refund's amount is credited to the hospital's wallet and the refund completes. Every step
 * is idempotent, so a redelivered event or a retried deadline moves nothing twice.
 */
@Saga
public class RefundReleaseSaga {

    static final String RELEASE_DEADLINE = "refund-release";
    private static final String ASSOCIATION = "refundId";

    @Autowired
    private transient CommandGateway commandGateway;
    @Autowired
    private transient DeadlineManager deadlineManager;

    private RefundId refundId;
    private String releaseDeadlineId;

    @StartSaga
    @SagaEventHandler(associationProperty = ASSOCIATION)
    void on(ShiftEscrowReleasedEvent event) {
        refundId = event.refundId();
        if (!event.refundAmount().isPositive()) {
            SagaLifecycle.end();
            return;
        }
        commandGateway.sendAndWait(new RequestRefundCommand(refundId, event.hospitalId(), event.walletId(),
                event.shiftId().value(), event.released(), event.fee(), event.refundAmount(), reasonOf(event.reason()),
                event.releasedAt(), event.availableAt()));
    }

    @SagaEventHandler(associationProperty = ASSOCIATION)
    void on(RefundRequestedEvent event) {
        if (releaseDeadlineId == null) {
            releaseDeadlineId = deadlineManager.schedule(event.availableAt(), RELEASE_DEADLINE);
        }
    }

    @DeadlineHandler(deadlineName = RELEASE_DEADLINE)
    void holdPeriodOver() {
        commandGateway.sendAndWait(new ReleaseRefundCommand(refundId));
    }

    @SagaEventHandler(associationProperty = ASSOCIATION)
    void on(RefundReleaseStartedEvent event) {
        TransactionReceipt credit = commandGateway.sendAndWait(new CreditWalletCommand(event.walletId(),
                event.refundAmount(), refundId.account(), TransactionCategory.REFUND, event.creditReference(),
                "Refund " + refundId.code() + " credited"));
        commandGateway.sendAndWait(new CompleteRefundCommand(refundId, credit.transactionId()));
    }

    @EndSaga
    @SagaEventHandler(associationProperty = ASSOCIATION)
    void on(RefundCompletedEvent event) {
        // the refund is credited: nothing is left to wait for
    }

    static String reasonOf(ReleaseReason reason) {
        return switch (reason) {
            case PAY_LOWERED -> "Shift edit refund";
            case SHIFT_CANCELLED -> "Shift cancellation refund";
            case SHIFT_SETTLED -> "Unused shift funds";
            case EXCESS_FUNDING -> "Excess shift funding";
        };
    }
}
