package com.shiftledger.app.partner;

import com.shiftledger.api.shift.PositionCompletedEvent;
import com.shiftledger.api.shift.ShiftApplicationAcceptedEvent;
import com.shiftledger.api.shift.ShiftCancelledEvent;
import com.shiftledger.api.shift.ShiftCreatedEvent;
import com.shiftledger.api.shift.ShiftDetails;
import com.shiftledger.api.shift.ShiftDiscardedEvent;
import com.shiftledger.api.shift.ShiftId;
import com.shiftledger.api.shift.ShiftPayRaisedEvent;
import com.shiftledger.api.shift.ShiftPositionReopenedEvent;
import com.shiftledger.api.shift.ShiftRevisedEvent;
import com.shiftledger.api.wallet.WalletCreditedEvent;
import com.shiftledger.app.identity.ProfileDirectory;
import com.shiftledger.app.partner.WebhookBodies.HealthcareProfessional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Turns the events of partners' shifts into webhooks: {@code Accepted} when a professional is accepted,
 * {@code Released} when the accepted professional withdrew or did not come, {@code Completed} when the completed
 * position's pay reaches the professional's wallet (at once when it pays nothing), {@code Deleted} when the shift is
 * cancelled. Each webhook is written to the outbox in the transaction that handles its event, once per event, and
 * its delivery is scheduled there ({@link WebhookDispatch}). Runs in a tracking processor of its own with one
 * segment, so that a slow partner holds up nothing else and webhooks are written in the order of their events; it
 * is never replayed (a replay would send every webhook again). Every wallet credit and every shift event passes
 * through here: those of hospitals' own shifts are skipped without a query where the event says so.
 */
@Component
@ProcessingGroup(PartnerWebhookProjection.PROCESSING_GROUP)
@DisallowReplay
class PartnerWebhookProjection {

    static final String PROCESSING_GROUP = "partner-webhooks";
    /** Every position payout reference reads {@code shift:{s}:pay:{application}}. */
    private static final String PAYOUT_PREFIX = "shift:";
    private static final String PAYOUT_MARK = ":pay:";

    private final WebhookShiftRepository shifts;
    private final PartnerWebhookRepository webhooks;
    private final PartnerClientRepository clients;
    private final ProfileDirectory profiles;
    private final WebhookDispatch dispatch;
    private final Clock clock;

    PartnerWebhookProjection(WebhookShiftRepository shifts, PartnerWebhookRepository webhooks,
                             PartnerClientRepository clients, ProfileDirectory profiles, WebhookDispatch dispatch,
                             Clock clock) {
        this.shifts = shifts;
        this.webhooks = webhooks;
        this.clients = clients;
        this.profiles = profiles;
        this.dispatch = dispatch;
        this.clock = clock;
    }

    @EventHandler
    void on(ShiftCreatedEvent event) {
        if (event.partner() == null || shifts.existsById(event.shiftId().value())
                || !clients.existsById(event.partner().clientId())) {
            return;
        }
        shifts.save(new WebhookShift(event.shiftId().value(), event.partner().clientId(),
                event.partner().externalShiftId(), event.details().qualification()));
    }

    @EventHandler
    void on(ShiftRevisedEvent event) {
        qualified(event.shiftId(), event.details());
    }

    @EventHandler
    void on(ShiftPayRaisedEvent event) {
        qualified(event.shiftId(), event.details());
    }

    /** A draft whose funding was refused never reached a professional: it is forgotten, no webhook. */
    @EventHandler
    void on(ShiftDiscardedEvent event) {
        shifts.findById(event.shiftId().value()).ifPresent(shifts::delete);
    }

    @EventHandler
    void on(ShiftApplicationAcceptedEvent event, EventMessage<?> message) {
        shifts.lock(event.shiftId().value()).ifPresent(shift -> {
            shift.accepted(event.applicationId(), event.professionalId());
            enqueue(shift, ShiftStatusChange.ACCEPTED, professional(event.professionalId(), shift), message);
        });
    }

    @EventHandler
    void on(ShiftPositionReopenedEvent event, EventMessage<?> message) {
        shifts.lock(event.shiftId().value()).ifPresent(shift -> {
            shift.released();
            enqueue(shift, ShiftStatusChange.RELEASED, null, message);
        });
    }

    @EventHandler
    void on(PositionCompletedEvent event, EventMessage<?> message) {
        shifts.lock(event.shiftId().value()).ifPresent(shift -> {
            if (event.professionalPay().isPositive()) {
                shift.awaitsPayout(event.payoutReference(), event.professionalId());
            } else {
                enqueue(shift, ShiftStatusChange.COMPLETED, professional(event.professionalId(), shift), message);
            }
        });
    }

    /** The completed position is paid: the partner is told the shift is completed. */
    @EventHandler
    void on(WalletCreditedEvent event, EventMessage<?> message) {
        if (!isPositionPayout(event.reference())) {
            return;
        }
        shifts.lockByPayoutReference(event.reference()).ifPresent(shift -> {
            long professionalId = shift.payoutProfessionalId();
            shift.paid();
            enqueue(shift, ShiftStatusChange.COMPLETED, professional(professionalId, shift), message);
        });
    }

    @EventHandler
    void on(ShiftCancelledEvent event, EventMessage<?> message) {
        shifts.lock(event.shiftId().value())
                .ifPresent(shift -> enqueue(shift, ShiftStatusChange.DELETED, null, message));
    }

    private void qualified(ShiftId shiftId, ShiftDetails details) {
        if (details.qualification() == null) {
            return;
        }
        shifts.findById(shiftId.value()).ifPresent(shift -> shift.qualified(details.qualification()));
    }

    private HealthcareProfessional professional(long professionalId, WebhookShift shift) {
        return HealthcareProfessional.of(professionalId, profiles.professional(professionalId).orElse(null),
                shift.qualification());
    }

    private void enqueue(WebhookShift shift, ShiftStatusChange change, HealthcareProfessional professional,
                         EventMessage<?> message) {
        String sourceEventId = message.getIdentifier();
        if (webhooks.existsBySourceEventId(sourceEventId)) {
            return;
        }
        String body = WebhookBodies.write(shift, change, professional, message.getTimestamp());
        PartnerWebhook webhook = webhooks.save(new PartnerWebhook(WebhookBodies.webhookIdFor(sourceEventId), shift,
                change, body, sourceEventId, clock.instant()));
        dispatch.enqueued(webhook);
    }

    private static boolean isPositionPayout(String reference) {
        return reference != null && reference.startsWith(PAYOUT_PREFIX) && reference.contains(PAYOUT_MARK);
    }
}
