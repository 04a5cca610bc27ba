package com.shiftledger.app.notification;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shiftledger.api.identity.Caller;
import com.shiftledger.api.rejection.RejectedException;
import com.shiftledger.api.rest.ApiResponse;
import com.shiftledger.api.rest.PageRequest;
import com.shiftledger.api.rest.PagedResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/** The caller's own notifications: the list, the unread count, and marking them read. */
@RestController
@RequestMapping("/api/v1/common/notifications")
@Tag(name = "Notifications")
class NotificationController {

    private static final TypeReference<Map<String, String>> DATA = new TypeReference<>() {
    };

    private final NotificationRepository notifications;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    NotificationController(NotificationRepository notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    record NotificationView(long id, String type, String title, String body, Map<String, String> data,
                            boolean isRead, Instant readAt, Instant createdAt) {
    }

    record UnreadCount(long unreadCount) {
    }

    record MarkedRead(int updated) {
    }

    @GetMapping
    @Operation(summary = "The caller's notifications, newest first (unread_only=true for the unread ones)")
    PagedResponse<NotificationView> list(@AuthenticationPrincipal Caller caller,
                                         @RequestParam(name = "unread_only", required = false) Boolean unreadOnly,
                                         @RequestParam(name = "page", required = false) Integer page,
                                         @RequestParam(name = "per_page", required = false) Integer perPage) {
        PageRequest pageRequest = PageRequest.of(page, perPage, 20);
        var pageable = org.springframework.data.domain.PageRequest.of(pageRequest.page() - 1, pageRequest.perPage(),
                Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id")));
        Page<NotificationEntry> found = Boolean.TRUE.equals(unreadOnly)
                ? notifications.findByUserIdAndReadAtIsNull(caller.userId(), pageable)
                : notifications.findByUserId(caller.userId(), pageable);
        return PagedResponse.of(found.map(this::view).getContent(), pageRequest.page(), pageRequest.perPage(),
                found.getTotalElements());
    }

    @GetMapping("/unread-count")
    @Operation(summary = "How many of the caller's notifications are unread")
    ApiResponse<UnreadCount> unreadCount(@AuthenticationPrincipal Caller caller) {
        return ApiResponse.ok(new UnreadCount(notifications.countByUserIdAndReadAtIsNull(caller.userId())));
    }

    @PatchMapping("/{id}/read")
    @Transactional
    @Operation(summary = "Mark one of the caller's notifications read")
    ApiResponse<NotificationView> markRead(@AuthenticationPrincipal Caller caller, @PathVariable("id") long id) {
        NotificationEntry entry = notifications.findByIdAndUserId(id, caller.userId())
                .orElseThrow(() -> RejectedException.notFound("Notification not found."));
        entry.read(clock.instant());
        return ApiResponse.ok("Notification marked as read", view(entry));
    }

    @PostMapping("/mark-all-read")
    @Transactional
    @Operation(summary = "Mark all of the caller's notifications read")
    ApiResponse<MarkedRead> markAllRead(@AuthenticationPrincipal Caller caller) {
        int updated = notifications.markAllRead(caller.userId(), clock.instant());
        return ApiResponse.ok("All notifications marked as read", new MarkedRead(updated));
    }

    private NotificationView view(NotificationEntry entry) {
        return new NotificationView(entry.id(), entry.type(), entry.title(), entry.body(), data(entry.data()),
                entry.readAt() != null, entry.readAt(), entry.createdAt());
    }

    private Map<String, String> data(String stored) {
        if (stored == null) {
            return Map.of();
        }
        try {
            return json.readValue(stored, DATA);
        } catch (IOException e) {
            return Map.of();
        }
    }
}
