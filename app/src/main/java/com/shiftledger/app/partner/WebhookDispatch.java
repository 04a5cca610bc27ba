package com.shiftledger.app.partner;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;

/**
 * Keeps a shift's webhooks in order: only the oldest webhook of a shift that is still to be delivered has an
 * attempt scheduled (a db-scheduler task, written in the caller's transaction, so that it exists exactly when the
 * change that asked for it is committed); when it is delivered or finally fails, the shift's next one is scheduled.
 * Callers hold the lock of the shift's {@link WebhookShift} row, so that an enqueue and a settle never miss each
 * other. Each attempt is a task instance of its own, {@code {webhook}:{attempts so far}}.
 */
@Component
class WebhookDispatch {

    static final String TASK = "partner-webhook";

    private final PartnerWebhookRepository webhooks;
    private final SchedulerClient scheduler;
    private final Clock clock;

    WebhookDispatch(PartnerWebhookRepository webhooks, SchedulerClient scheduler, Clock clock) {
        this.webhooks = webhooks;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    /** The task instance of the webhook's next attempt. */
    static TaskInstance<Void> nextAttemptOf(PartnerWebhook webhook) {
        return new TaskInstance<>(TASK, webhook.id() + ":" + webhook.attempts());
    }

    /** A webhook was just written: it goes now unless an older one of its shift is still to be delivered. */
    void enqueued(PartnerWebhook webhook) {
        if (!webhooks.existsByShiftIdAndStatusAndIdLessThan(webhook.shiftId(), DeliveryStatus.PENDING.code(),
                webhook.id())) {
            attemptAt(webhook, clock.instant());
        }
    }

    /** A webhook was delivered or finally failed: the oldest one of its shift still to be delivered goes now. */
    void settled(PartnerWebhook webhook) {
        webhooks.findFirstByShiftIdAndStatusAndIdNotOrderByIdAsc(webhook.shiftId(), DeliveryStatus.PENDING.code(),
                webhook.id()).ifPresent(next -> attemptAt(next, clock.instant()));
    }

    /** Schedules the webhook's next attempt (once: a second call for the same attempt changes nothing). */
    void attemptAt(PartnerWebhook webhook, Instant at) {
        scheduler.scheduleIfNotExists(nextAttemptOf(webhook), at);
    }
}
