package com.shiftledger.app.partner;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Runs one scheduled delivery attempt of a webhook (the db-scheduler task {@value WebhookDispatch#TASK}, once across
 * instances, surviving restarts): reads the webhook, the client's current URL and the secrets that sign now, sends it
 * outside any transaction, then records the attempt under the shift's lock: delivered, a retry scheduled after the
 * next delay of the {@link RetrySchedule}, or failed once the schedule is exhausted; delivered or failed, the
 * shift's next webhook goes. An attempt that is no longer the webhook's next one (it was recorded already) does
 * nothing.
 */
@Component
class WebhookDelivery {

    static final String UNKNOWN_CLIENT = "Not sent: the partner client no longer exists.";

    private final PartnerWebhookRepository webhooks;
    private final WebhookShiftRepository shifts;
    private final PartnerClientRepository clients;
    private final WebhookSecrets secrets;
    private final WebhookSender sender;
    private final WebhookDispatch dispatch;
    private final RetrySchedule retries;
    private final TransactionTemplate transactions;
    private final Clock clock;

    WebhookDelivery(PartnerWebhookRepository webhooks, WebhookShiftRepository shifts, PartnerClientRepository clients,
                    WebhookSecrets secrets, WebhookSender sender, WebhookDispatch dispatch, RetrySchedule retries,
                    PlatformTransactionManager transactionManager, Clock clock) {
        this.webhooks = webhooks;
        this.shifts = shifts;
        this.clients = clients;
        this.secrets = secrets;
        this.sender = sender;
        this.dispatch = dispatch;
        this.retries = retries;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** An attempt as its task instance names it: the webhook's row id and how many attempts came before. */
    record Attempt(long webhook, int number) {

        static Optional<Attempt> parse(String taskInstance) {
            int colon = taskInstance.indexOf(':');
            try {
                return Optional.of(new Attempt(Long.parseLong(taskInstance.substring(0, colon)),
                        Integer.parseInt(taskInstance.substring(colon + 1))));
            } catch (RuntimeException notOurs) {
                return Optional.empty();
            }
        }
    }

    /** What an attempt sends: to where (null when the client is gone), the webhook's id and body, its secrets. */
    private record Prepared(String url, String webhookId, String body, List<String> secrets) {
    }

    void attempt(String taskInstance) {
        Attempt attempt = Attempt.parse(taskInstance).orElse(null);
        Prepared prepared = attempt == null ? null : transactions.execute(status -> prepare(attempt));
        if (prepared == null) {
            return;
        }
        WebhookSender.Outcome outcome = prepared.url() == null
                ? new WebhookSender.Outcome(false, null, UNKNOWN_CLIENT)
                : sender.send(prepared.url(), prepared.webhookId(), prepared.body(), prepared.secrets());
        transactions.executeWithoutResult(status -> record(attempt, outcome));
    }

    /** What the attempt sends; null when it is not the webhook's next attempt any more. */
    private Prepared prepare(Attempt attempt) {
        PartnerWebhook webhook = next(attempt).orElse(null);
        if (webhook == null) {
            return null;
        }
        Instant now = clock.instant();
        return clients.findById(webhook.clientId())
                .map(client -> new Prepared(client.webhookUrl(), webhook.webhookId(), webhook.body(),
                        secrets.signingAt(client.clientId(), now)))
                .orElseGet(() -> new Prepared(null, webhook.webhookId(), webhook.body(), List.of()));
    }

    /** The webhook, if the attempt is still its next one. */
    private Optional<PartnerWebhook> next(Attempt attempt) {
        return webhooks.findById(attempt.webhook())
                .filter(PartnerWebhook::isPending)
                .filter(webhook -> webhook.attempts() == attempt.number());
    }

    private void record(Attempt attempt, WebhookSender.Outcome outcome) {
        Optional<Long> shiftId = webhooks.shiftIdOf(attempt.webhook());
        shiftId.ifPresent(shifts::lock);
        PartnerWebhook webhook = shiftId.flatMap(locked -> next(attempt)).orElse(null);
        if (webhook == null) {
            return;
        }
        Instant now = clock.instant();
        webhook.attempted(outcome.statusCode(), outcome.error());
        if (outcome.delivered()) {
            webhook.delivered(now);
            dispatch.settled(webhook);
            return;
        }
        Optional<Duration> delay = retries.delayAfter(webhook.retryStep());
        if (delay.isPresent()) {
            Instant next = now.plus(delay.get());
            webhook.retriesAt(next);
            dispatch.attemptAt(webhook, next);
        } else {
            webhook.failed();
            dispatch.settled(webhook);
        }
    }
}
