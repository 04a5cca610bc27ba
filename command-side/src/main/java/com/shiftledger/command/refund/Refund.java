package com.shiftledger.command.refund;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.refund.CompleteRefundCommand;
import com.shiftledger.api.refund.RefundCompletedEvent;
import com.shiftledger.api.refund.RefundId;
import com.shiftledger.api.refund.RefundReleaseStartedEvent;
import com.shiftledger.api.refund.RefundRequestedEvent;
import com.shiftledger.api.refund.RefundStatus;
import com.shiftledger.api.refund.ReleaseRefundCommand;
import com.shiftledger.api.refund.RequestRefundCommand;
import com.shiftledger.api.wallet.WalletId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A refund waiting out its hold period: pending, then processing while its amount is credited to the
 * hospital's wallet, then completed. Each step happens once, however often it is asked for.
 */
@Aggregate
class Refund {

    @AggregateIdentifier
    private RefundId refundId;
    private WalletId walletId;
    private Money refundAmount;
    private RefundStatus status;

    protected Refund() {
        // required by Axon to rebuild the refund from its events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RequestRefundCommand command) {
        if (isOpened()) {
            return;
        }
        apply(new RefundRequestedEvent(command.refundId(), command.hospitalId(), command.walletId(),
                command.shiftId(), command.originalAmount(), command.feeDeducted(), command.refundAmount(),
                command.reason(), command.requestedAt(), command.availableAt()));
    }

    @CommandHandler
    void handle(ReleaseRefundCommand command) {
        if (status == RefundStatus.PENDING) {
            apply(new RefundReleaseStartedEvent(refundId, walletId, refundAmount));
        }
    }

    @CommandHandler
    void handle(CompleteRefundCommand command) {
        if (status == RefundStatus.PROCESSING) {
            apply(new RefundCompletedEvent(refundId, walletId, refundAmount, command.transactionId()));
        }
    }

    @EventSourcingHandler
    void on(RefundRequestedEvent event) {
        refundId = event.refundId();
        walletId = event.walletId();
        refundAmount = event.refundAmount();
        status = RefundStatus.PENDING;
    }

    @EventSourcingHandler
    void on(RefundReleaseStartedEvent event) {
        status = RefundStatus.PROCESSING;
    }

    @EventSourcingHandler
    void on(RefundCompletedEvent event) {
        status = RefundStatus.COMPLETED;
    }

    private boolean isOpened() {
        return status != null;
    }
}
