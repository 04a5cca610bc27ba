package com.shiftledger.command.subscription;

import com.shiftledger.api.subscription.HospitalSubscribedEvent;
import com.shiftledger.api.subscription.HospitalSubscriptionId;
import com.shiftledger.api.subscription.RecordSubscriptionCommand;
import com.shiftledger.api.subscription.SubscriptionPlanId;
import com.shiftledger.api.subscription.SubscriptionTerm;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A hospital's subscription: each payment its wallet made for a plan extends the term, from now or, for a renewal
 * before expiry, from the current expiry. A payment is recorded once, however often its reference comes again.
 */
@Aggregate
class HospitalSubscription {

    static final String NOT_PAID = "A subscription is recorded only with the wallet transaction that paid it.";

    @AggregateIdentifier
    private HospitalSubscriptionId subscriptionId;
    private SubscriptionPlanId planId;
    private Instant expiresAt;
    private final Set<String> paymentReferences = new HashSet<>();

    protected HospitalSubscription() {
        // required by Axon to rebuild the subscription from its events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    SubscriptionTerm handle(RecordSubscriptionCommand command) {
        if (command.transactionId() == null || command.paymentReference() == null) {
            throw new IllegalArgumentException(NOT_PAID);
        }
        if (isRecorded(command.paymentReference())) {
            return new SubscriptionTerm(planId, expiresAt);
        }
        // whole seconds: the read side stores microseconds, and a renewal is told by its start matching the expiry
        Instant startsAt = renewsBefore(command.at()) ? expiresAt : command.at().truncatedTo(ChronoUnit.SECONDS);
        Instant ends = startsAt.atZone(ZoneId.of(command.zone())).plusMonths(command.months()).toInstant();
        apply(new HospitalSubscribedEvent(command.subscriptionId(), command.planId(), command.plan(),
                command.months(), command.price(), command.paymentReference(), command.transactionId(), startsAt,
                ends, command.at()));
        return new SubscriptionTerm(command.planId(), ends);
    }

    @EventSourcingHandler
    void on(HospitalSubscribedEvent event) {
        subscriptionId = event.subscriptionId();
        planId = event.planId();
        expiresAt = event.expiresAt();
        paymentReferences.add(event.paymentReference());
    }

    private boolean isRecorded(String paymentReference) {
        return paymentReferences.contains(paymentReference);
    }

    /** A payment while the current term runs renews it: the new months follow the current expiry. */
    private boolean renewsBefore(Instant at) {
        return expiresAt != null && expiresAt.isAfter(at);
    }
}
