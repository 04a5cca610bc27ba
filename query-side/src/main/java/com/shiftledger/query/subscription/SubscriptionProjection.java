package com.shiftledger.query.subscription;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shiftledger.api.subscription.FindHospitalSubscriptionQuery;
import com.shiftledger.api.subscription.FindSubscriptionPlanQuery;
import com.shiftledger.api.subscription.FindSubscriptionPlansQuery;
import com.shiftledger.api.subscription.FindSubscriptionPurchaseQuery;
import com.shiftledger.api.subscription.HospitalSubscribedEvent;
import com.shiftledger.api.subscription.HospitalSubscriptionView;
import com.shiftledger.api.subscription.PlanTerms;
import com.shiftledger.api.subscription.SubscriptionPlanCreatedEvent;
import com.shiftledger.api.subscription.SubscriptionPlanList;
import com.shiftledger.api.subscription.SubscriptionPlanRevisedEvent;
import com.shiftledger.api.subscription.SubscriptionPlanView;
import com.shiftledger.api.subscription.SubscriptionPurchaseAbandonedEvent;
import com.shiftledger.api.subscription.SubscriptionPurchaseRequestedEvent;
import com.shiftledger.api.subscription.SubscriptionPurchaseView;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/**
 * Projects the subscription plans, each hospital's latest paid subscription and each purchase's outcome. Each row
 * keeps the sequence number of the last event it took (a purchase, its state), so a redelivered event changes
 * nothing; each change is announced to the answers that wait for it.
 */
@Component
@ProcessingGroup(SubscriptionProjection.PROCESSING_GROUP)
class SubscriptionProjection {

    static final String PROCESSING_GROUP = "subscription-projection";

    private final SubscriptionPlanEntryRepository plans;
    private final HospitalSubscriptionEntryRepository subscriptions;
    private final SubscriptionPurchaseEntryRepository purchases;
    private final QueryUpdateEmitter updates;
    // Money's isZero and isPositive are written beside its paise and are not read back
    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    SubscriptionProjection(SubscriptionPlanEntryRepository plans, HospitalSubscriptionEntryRepository subscriptions,
                           SubscriptionPurchaseEntryRepository purchases, QueryUpdateEmitter updates) {
        this.plans = plans;
        this.subscriptions = subscriptions;
        this.purchases = purchases;
        this.updates = updates;
    }

    @EventHandler
    void on(SubscriptionPlanCreatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        take(event.planId().value(), event.terms(), sequence, at);
    }

    @EventHandler
    void on(SubscriptionPlanRevisedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        take(event.planId().value(), event.terms(), sequence, at);
    }

    @EventHandler
    void on(HospitalSubscribedEvent event, @SequenceNumber long sequence) {
        long hospitalId = event.subscriptionId().hospitalId();
        HospitalSubscriptionEntry entry = subscriptions.findById(hospitalId)
                .orElseGet(() -> new HospitalSubscriptionEntry(hospitalId));
        if (entry.takes(sequence, event.planId().value(), write(event.plan()), event.months(), event.startsAt(),
                event.expiresAt())) {
            subscriptions.save(entry);
            HospitalSubscriptionView view = view(entry);
            updates.emit(FindHospitalSubscriptionQuery.class, query -> query.hospitalId() == hospitalId, view);
        }
        // a subscription paid before purchases were requested as events has no pending row: it is made paid here
        SubscriptionPurchaseEntry purchase = purchases.findById(event.paymentReference())
                .orElseGet(() -> new SubscriptionPurchaseEntry(event.paymentReference(), hospitalId,
                        event.planId().value(), event.months(), event.price(), event.at()));
        purchase.paid(event.transactionId(), event.expiresAt());
        announce(purchases.save(purchase));
    }

    @EventHandler
    void on(SubscriptionPurchaseRequestedEvent event) {
        if (!purchases.existsById(event.paymentReference())) {
            announce(purchases.save(new SubscriptionPurchaseEntry(event.paymentReference(),
                    event.subscriptionId().hospitalId(), event.planId().value(), event.months(), event.price(),
                    event.at())));
        }
    }

    @EventHandler
    void on(SubscriptionPurchaseAbandonedEvent event) {
        purchases.findById(event.paymentReference()).ifPresent(purchase -> {
            purchase.refused(event.required(), event.balance());
            announce(purchases.save(purchase));
        });
    }

    @QueryHandler
    SubscriptionPurchaseView handle(FindSubscriptionPurchaseQuery query) {
        return purchases.findById(query.paymentReference()).map(SubscriptionPurchaseEntry::view).orElse(null);
    }

    private void announce(SubscriptionPurchaseEntry purchase) {
        SubscriptionPurchaseView view = purchase.view();
        updates.emit(FindSubscriptionPurchaseQuery.class,
                query -> query.paymentReference().equals(view.paymentReference()), view);
    }

    @QueryHandler
    SubscriptionPlanList handle(FindSubscriptionPlansQuery query) {
        List<SubscriptionPlanEntry> entries = query.activeOnly() ? plans.findByActiveTrueOrderByIdAsc()
                : plans.findAllByOrderByIdAsc();
        return new SubscriptionPlanList(entries.stream().map(this::view).toList());
    }

    @QueryHandler
    SubscriptionPlanView handle(FindSubscriptionPlanQuery query) {
        return plans.findById(query.planId().value()).map(this::view).orElse(null);
    }

    @QueryHandler
    HospitalSubscriptionView handle(FindHospitalSubscriptionQuery query) {
        return subscriptions.findById(query.hospitalId()).map(this::view).orElse(null);
    }

    private void take(long planId, PlanTerms terms, long sequence, Instant at) {
        SubscriptionPlanEntry entry = plans.findById(planId).orElseGet(() -> new SubscriptionPlanEntry(planId, at));
        if (entry.takes(sequence, write(terms), terms.active(), at)) {
            plans.save(entry);
            SubscriptionPlanView view = view(entry);
            updates.emit(FindSubscriptionPlanQuery.class, query -> query.planId().value() == planId, view);
        }
    }

    private SubscriptionPlanView view(SubscriptionPlanEntry entry) {
        return new SubscriptionPlanView(entry.id(), read(entry.terms()), entry.version(), entry.createdAt(),
                entry.updatedAt());
    }

    private HospitalSubscriptionView view(HospitalSubscriptionEntry entry) {
        return new HospitalSubscriptionView(entry.hospitalId(), entry.planId(), read(entry.planTerms()),
                entry.months(), entry.startsAt(), entry.expiresAt(), entry.version());
    }

    private String write(PlanTerms terms) {
        try {
            return json.writeValueAsString(terms);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A plan's terms cannot be written", e);
        }
    }

    private PlanTerms read(String terms) {
        try {
            return json.readValue(terms, PlanTerms.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A plan's terms cannot be read", e);
        }
    }
}
