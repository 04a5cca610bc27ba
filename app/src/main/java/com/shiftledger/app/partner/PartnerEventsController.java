package com.shiftledger.app.partner;

import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.shiftledger.api.partner.PartnerCaller;
import com.shiftledger.api.rejection.RejectedException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.OptionalLong;

/**
 * The partner's catch-up feed: its own webhooks in the order they were written, each with the exact body a webhook
 * carries (byte for byte, whatever its delivery came to), paged by an opaque cursor. A partner that missed webhooks
 * asks for those after the last cursor it saw. camelCase, as the partner API is.
 */
@RestController
@Tag(name = "Partner events")
class PartnerEventsController {

    static final int DEFAULT_LIMIT = 50;
    static final int MOST_LIMIT = 200;
    static final String BAD_CURSOR = "The after cursor is not one this feed gave.";
    static final String BAD_LIMIT = "The limit must be a number from 1 to " + MOST_LIMIT + ".";

    private final WebhookOutbox outbox;

    PartnerEventsController(WebhookOutbox outbox) {
        this.outbox = outbox;
    }

    /** A page of the feed; {@code nextCursor} is what to ask after next (the given one when the page is empty). */
    @JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
    record EventPage(List<Event> data, String nextCursor, boolean hasMore) {
    }

    /** One webhook: its {@code webhook-id}, its place in the feed, and its body as sent. */
    @JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
    record Event(String id, String cursor, String shiftStatus, String externalShiftId, String createdAt,
                 @JsonRawValue String payload) {

        static Event of(PartnerWebhook webhook) {
            return new Event(webhook.webhookId(), FeedCursor.of(webhook.id()), webhook.shiftStatus(),
                    webhook.externalShiftId(), WebhookBodies.TIMESTAMP.format(webhook.createdAt()), webhook.body());
        }
    }

    @GetMapping("/partner/v1/events")
    @Operation(summary = "The client's webhook events in order, after the given cursor",
            description = "after: a cursor from an earlier answer (none: from the first event); limit: 1 to 200, "
                    + "default 50. payload is the exact body the webhook carried. createdAt is UTC.")
    EventPage events(@AuthenticationPrincipal PartnerCaller caller,
                     @RequestParam(name = "after", required = false) String after,
                     @RequestParam(name = "limit", required = false) Integer limit) {
        long position = position(after);
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MOST_LIMIT) {
            throw RejectedException.invalid("limit", BAD_LIMIT);
        }
        List<PartnerWebhook> found = outbox.feed(caller.clientId(), position, size + 1);
        List<Event> events = found.stream().limit(size).map(Event::of).toList();
        String next = events.isEmpty() ? after : events.get(events.size() - 1).cursor();
        return new EventPage(events, next, found.size() > size);
    }

    private static long position(String after) {
        if (after == null) {
            return 0;
        }
        OptionalLong position = FeedCursor.positionOf(after);
        if (position.isEmpty()) {
            throw RejectedException.badRequest("after", BAD_CURSOR);
        }
        return position.getAsLong();
    }
}
