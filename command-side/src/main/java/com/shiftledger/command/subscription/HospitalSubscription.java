package com.shiftledger.command.subscription;

import com.shiftledger.api.subscription.AbandonSubscriptionPurchaseCommand;
import com.shiftledger.api.subscription.HospitalSubscribedEvent;
import com.shiftledger.api.subscription.HospitalSubscriptionExpiredEvent;
import com.shiftledger.api.subscription.HospitalSubscriptionId;
import com.shiftledger.api.subscription.RecordSubscriptionCommand;
import com.shiftledger.api.subscription.RequestSubscriptionPurchaseCommand;
import com.shiftledger.api.subscription.SubscriptionPlanId;
import com.shiftledger.api.subscription.SubscriptionPurchaseAbandonedEvent;
import com.shiftledger.api.subscription.SubscriptionPurchaseRequestedEvent;
import com.shiftledger.api.subscription.SubscriptionTerm;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
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
 * A hospital's subscription. A purchase is first requested (once per payment reference); the purchase process then
 * asks the wallet, and each payment it made extends the term, from now or, for a renewal before expiry, from the
 * current expiry, to the start of the day (platform time zone) that many months after the term's first day; a refusal abandons the purchase. A payment is recorded once, however often its reference comes
 * again. The end of the term is a persistent deadline: unless a renewal moved it, the subscription expires then.
 */
@Aggregate
class HospitalSubscription {

    static final String NOT_PAID = "A subscription is recorded only with the wallet transaction that paid it.";
    static final String EXPIRY_DEADLINE = "subscription-expiry";

    @AggregateIdentifier
    private HospitalSubscriptionId subscriptionId;
    private SubscriptionPlanId planId;
    private Instant expiresAt;
    private boolean expired;
    private final Set<String> requested = new HashSet<>();
    private final Set<String> paymentReferences = new HashSet<>();
    private final Set<String> abandoned = new HashSet<>();

    protected HospitalSubscription() {
        // required by Axon to rebuild the subscription from its events
    }

    /** The expiry the deadline was set for: a renewal moves the expiry, and the earlier deadline then passes idle. */
    public record ExpiryDue(Instant expiresAt) {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RequestSubscriptionPurchaseCommand command) {
        if (command.paymentReference() == null || command.walletId() == null) {
            throw new IllegalArgumentException("A purchase names the wallet that pays and the payment's reference.");
        }
        if (requested.contains(command.paymentReference())) {
            return;
        }
        apply(new SubscriptionPurchaseRequestedEvent(command.subscriptionId(), command.planId(), command.plan(),
                command.months(), command.price(), command.walletId(), command.paymentReference(), command.zone(),
                command.at()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    SubscriptionTerm handle(RecordSubscriptionCommand command, DeadlineManager deadlines) {
        if (command.transactionId() == null || command.paymentReference() == null) {
            throw new IllegalArgumentException(NOT_PAID);
        }
        if (isRecorded(command.paymentReference())) {
            return new SubscriptionTerm(planId, expiresAt);
        }
        // whole seconds: the read side stores microseconds, and a renewal is told by its start matching the expiry
        Instant startsAt = renewsBefore(command.at()) ? expiresAt : command.at().truncatedTo(ChronoUnit.SECONDS);
        // whole days: the months end at the start of a day in the platform's time zone, the day after the last
        ZoneId zone = ZoneId.of(command.zone());
        Instant ends = startsAt.atZone(zone).toLocalDate().plusMonths(command.months()).atStartOfDay(zone)
                .toInstant();
        apply(new HospitalSubscribedEvent(command.subscriptionId(), command.planId(), command.plan(),
                command.months(), command.price(), command.paymentReference(), command.transactionId(), startsAt,
                ends, command.at()));
        deadlines.cancelAllWithinScope(EXPIRY_DEADLINE);
        deadlines.schedule(ends, EXPIRY_DEADLINE, new ExpiryDue(ends));
        return new SubscriptionTerm(command.planId(), ends);
    }

    @CommandHandler
    void handle(AbandonSubscriptionPurchaseCommand command) {
        String reference = command.paymentReference();
        if (requested.contains(reference) && !isRecorded(reference) && !abandoned.contains(reference)) {
            apply(new SubscriptionPurchaseAbandonedEvent(subscriptionId, command.paymentReference(),
                    command.required(), command.balance()));
        }
    }

    @DeadlineHandler(deadlineName = EXPIRY_DEADLINE)
    void onExpiryDue(ExpiryDue due) {
        if (!expired && due.expiresAt().equals(expiresAt)) {
            apply(new HospitalSubscriptionExpiredEvent(subscriptionId, planId, expiresAt));
        }
    }

    @EventSourcingHandler
    void on(SubscriptionPurchaseRequestedEvent event) {
        subscriptionId = event.subscriptionId();
        requested.add(event.paymentReference());
    }

    @EventSourcingHandler
    void on(HospitalSubscribedEvent event) {
        subscriptionId = event.subscriptionId();
        planId = event.planId();
        expiresAt = event.expiresAt();
        expired = false;
        paymentReferences.add(event.paymentReference());
    }

    @EventSourcingHandler
    void on(SubscriptionPurchaseAbandonedEvent event) {
        abandoned.add(event.paymentReference());
    }

    @EventSourcingHandler
    void on(HospitalSubscriptionExpiredEvent event) {
        expired = true;
    }

    private boolean isRecorded(String paymentReference) {
        return paymentReferences.contains(paymentReference);
    }

    /** A payment while the current term runs renews it: the new months follow the current expiry. */
    private boolean renewsBefore(Instant at) {
        return expiresAt != null && expiresAt.isAfter(at);
    }
}
