package com.shiftledger.app.partner;

import com.shiftledger.api.rejection.RejectedException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;

/**
 * The outbox as admins and partners read it: a client's deliveries (newest first, by status), an admin's
 * redelivery of a delivered or failed webhook, and the partner's events feed (its webhooks in the order they were
 * written, after a position). Webhooks are written by one processor thread, each committed before the next is
 * written, so positions only grow and a feed read never skips one.
 */
@Service
class WebhookOutbox {

    static final String DELIVERY_NOT_FOUND = "Delivery not found.";
    static final String STILL_PENDING = "The webhook is still being delivered; it can be redelivered once it is "
            + "delivered or failed.";

    private final PartnerWebhookRepository webhooks;
    private final WebhookShiftRepository shifts;
    private final WebhookDispatch dispatch;
    private final Clock clock;

    WebhookOutbox(PartnerWebhookRepository webhooks, WebhookShiftRepository shifts, WebhookDispatch dispatch,
                  Clock clock) {
        this.webhooks = webhooks;
        this.shifts = shifts;
        this.dispatch = dispatch;
        this.clock = clock;
    }

    /** A page of the client's deliveries, newest first; {@code status} null for every status. */
    @Transactional(readOnly = true)
    Page<PartnerWebhook> deliveries(long clientId, String status, int page, int perPage) {
        PageRequest request = PageRequest.of(page - 1, perPage, Sort.by(Sort.Order.desc("id")));
        return status == null ? webhooks.findByClientId(clientId, request)
                : webhooks.findByClientIdAndStatus(clientId, status, request);
    }

    /** Sends a delivered or failed webhook again now, from the start of the retry schedule. */
    @Transactional
    PartnerWebhook redeliver(long clientId, long deliveryId) {
        long shiftId = webhooks.shiftIdOf(deliveryId, clientId)
                .orElseThrow(() -> RejectedException.notFound(DELIVERY_NOT_FOUND));
        shifts.lock(shiftId);
        PartnerWebhook webhook = webhooks.findById(deliveryId)
                .orElseThrow(() -> RejectedException.notFound(DELIVERY_NOT_FOUND));
        if (webhook.isPending()) {
            throw RejectedException.conflict(STILL_PENDING);
        }
        webhook.redeliver(clock.instant());
        dispatch.attemptAt(webhook, clock.instant());
        return webhook;
    }

    /** Up to {@code limit} of the client's webhooks written after {@code afterPosition}, oldest first. */
    @Transactional(readOnly = true)
    List<PartnerWebhook> feed(long clientId, long afterPosition, int limit) {
        return webhooks.findByClientIdAndIdGreaterThanOrderByIdAsc(clientId, afterPosition,
                PageRequest.of(0, limit));
    }
}
