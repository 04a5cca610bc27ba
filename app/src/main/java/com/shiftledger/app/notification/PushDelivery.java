package com.shiftledger.app.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.shiftledger.app.identity.Recipients;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Pushes a stored notification to its user's device, out of the transaction that stored it: the notification
 * projection only schedules the push (a db-scheduler task written in the projection's transaction, so a batch that
 * rolls back schedules nothing), and the task runs once the notification is committed, once across instances, retried when
 * it fails. A notification already pushed is not pushed again.
 */
@Component
class PushDelivery {

    static final String TASK = "push-notification";

    private final NotificationRepository notifications;
    private final Recipients recipients;
    private final PushGateway push;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    PushDelivery(NotificationRepository notifications, Recipients recipients, PushGateway push, Clock clock) {
        this.notifications = notifications;
        this.recipients = recipients;
        this.push = push;
        this.clock = clock;
    }

    /** The task that pushes the notification; scheduled in the transaction that stores it. */
    static TaskInstance<Void> pushOf(NotificationEntry entry) {
        return new TaskInstance<>(TASK, String.valueOf(entry.id()));
    }

    @Transactional
    void deliver(String notificationId) {
        notifications.findById(Long.valueOf(notificationId))
                .filter(entry -> entry.pushedAt() == null)
                .ifPresent(entry -> recipients.deviceOf(entry.userId()).ifPresent(device -> {
                    Map<String, String> payload = new LinkedHashMap<>(read(entry.data()));
                    payload.put("type", entry.type());
                    payload.put("notification_id", notificationId);
                    push.push(device, entry.title(), entry.body(), payload);
                    entry.pushed(clock.instant());
                }));
    }

    private Map<String, String> read(String data) {
        try {
            return data == null ? Map.of() : json.readValue(data, new TypeReference<Map<String, String>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Notification data cannot be read", e);
        }
    }
}
