package com.shiftledger.command.alert;

import com.shiftledger.api.alert.CheckLowBalanceCommand;
import com.shiftledger.api.alert.LowBalanceAlertId;
import com.shiftledger.api.alert.LowBalanceAlertRaisedEvent;
import com.shiftledger.api.alert.LowBalanceAlertReviewedEvent;
import com.shiftledger.api.alert.LowBalanceThresholdSetEvent;
import com.shiftledger.api.alert.LowBalanceWatchId;
import com.shiftledger.api.alert.ReviewLowBalanceAlertCommand;
import com.shiftledger.api.alert.SetLowBalanceThresholdCommand;
import com.shiftledger.api.money.Money;
import com.shiftledger.api.rejection.RejectedException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Watches one hospital wallet's balance against its low-balance threshold: the hospital's own when it set one, else
 * the platform's. An alert is raised when a wallet event takes the balance from at or above the threshold to below
 * it, so one fall raises one alert however many debits follow while the balance stays below; once it is back at or
 * above, the next fall raises the next. Each alert is named by the wallet event that crossed, so a repeat of that
 * event raises nothing more. An admin reviews each alert once.
 */
@Aggregate
class LowBalanceWatch {

    static final String ALERT_NOT_FOUND = "Low amount alert not found.";
    static final String ALREADY_REVIEWED = "This alert has already been reviewed.";

    @AggregateIdentifier
    private LowBalanceWatchId watchId;
    private long hospitalId;
    private Money ownThreshold;
    private final Set<LowBalanceAlertId> raised = new HashSet<>();
    private final Set<LowBalanceAlertId> reviewed = new HashSet<>();

    protected LowBalanceWatch() {
        // required by Axon to rebuild the watch from its events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    Money handle(SetLowBalanceThresholdCommand command) {
        if (!command.threshold().equals(ownThreshold)) {
            apply(new LowBalanceThresholdSetEvent(command.watchId(), command.hospitalId(), command.threshold(),
                    command.setByUserId(), command.at()));
        }
        return command.threshold();
    }

    /** Raises the alert when the fall crossed the threshold in force; answers the wallet's own (null: none). */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    Money handle(CheckLowBalanceCommand command) {
        Money threshold = command.thresholdInForce() != null ? command.thresholdInForce()
                : CheckLowBalanceCommand.inForce(ownThreshold, command.platformThreshold());
        LowBalanceAlertId alertId = LowBalanceAlertId.forWalletEvent(command.watchId().walletId(),
                command.walletSequence());
        if (command.crossesDownward(threshold) && !isRaised(alertId)) {
            apply(new LowBalanceAlertRaisedEvent(alertId, command.hospitalId(), command.watchId().walletId(),
                    command.balanceAfter(), threshold, command.at()));
        }
        return ownThreshold;
    }

    @CommandHandler
    void handle(ReviewLowBalanceAlertCommand command) {
        if (!isRaised(command.alertId())) {
            throw RejectedException.notFound(ALERT_NOT_FOUND);
        }
        if (isReviewed(command.alertId())) {
            throw RejectedException.conflict(ALREADY_REVIEWED);
        }
        apply(new LowBalanceAlertReviewedEvent(command.alertId(), hospitalId, watchId.walletId(), command.notes(),
                command.reviewedByUserId(), command.at()));
    }

    @EventSourcingHandler
    void on(LowBalanceThresholdSetEvent event) {
        watchId = event.watchId();
        hospitalId = event.hospitalId();
        ownThreshold = event.threshold();
    }

    @EventSourcingHandler
    void on(LowBalanceAlertRaisedEvent event) {
        watchId = new LowBalanceWatchId(event.walletId());
        hospitalId = event.hospitalId();
        raised.add(event.alertId());
    }

    @EventSourcingHandler
    void on(LowBalanceAlertReviewedEvent event) {
        reviewed.add(event.alertId());
    }

    private boolean isRaised(LowBalanceAlertId alertId) {
        return raised.contains(alertId);
    }

    private boolean isReviewed(LowBalanceAlertId alertId) {
        return reviewed.contains(alertId);
    }
}
