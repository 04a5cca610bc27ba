package com.shiftledger.command.subscription;

import com.shiftledger.api.subscription.CreateSubscriptionPlanCommand;
import com.shiftledger.api.subscription.PlanTerms;
import com.shiftledger.api.subscription.ReviseSubscriptionPlanCommand;
import com.shiftledger.api.subscription.SubscriptionPlanCreatedEvent;
import com.shiftledger.api.subscription.SubscriptionPlanId;
import com.shiftledger.api.subscription.SubscriptionPlanRevisedEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A subscription plan an admin keeps: its price per month, its monthly limits and its discounts. Every creation and
 * revision is an event; a revision that changes nothing records nothing.
 */
@Aggregate
class SubscriptionPlan {

    @AggregateIdentifier
    private SubscriptionPlanId planId;
    private PlanTerms terms;

    protected SubscriptionPlan() {
        // required by Axon to rebuild the plan from its events
    }

    @CommandHandler
    SubscriptionPlan(CreateSubscriptionPlanCommand command) {
        apply(new SubscriptionPlanCreatedEvent(command.planId(), command.terms(), command.adminUserId(),
                command.at()));
    }

    @CommandHandler
    PlanTerms handle(ReviseSubscriptionPlanCommand command) {
        if (isUnchangedBy(command.terms())) {
            return terms;
        }
        apply(new SubscriptionPlanRevisedEvent(command.planId(), command.terms(), command.adminUserId(),
                command.at()));
        return command.terms();
    }

    @EventSourcingHandler
    void on(SubscriptionPlanCreatedEvent event) {
        planId = event.planId();
        terms = event.terms();
    }

    @EventSourcingHandler
    void on(SubscriptionPlanRevisedEvent event) {
        terms = event.terms();
    }

    private boolean isUnchangedBy(PlanTerms next) {
        return terms.equals(next);
    }
}
