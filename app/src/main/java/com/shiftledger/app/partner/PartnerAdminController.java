package com.shiftledger.app.partner;

import org.springframework.web.bind.annotation.ResponseStatus;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.shiftledger.api.money.Money;
import com.shiftledger.api.rejection.FieldErrors;
import com.shiftledger.api.rest.ApiResponse;
import com.shiftledger.api.rest.PageRequest;
import com.shiftledger.api.rest.PagedResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * An admin's partner clients: register one (its API key and webhook secret are shown in this answer and never
 * again), list, read and change them, rotate a key or a webhook secret, and follow and redeliver their webhooks.
 */
@RestController
@RequestMapping("/api/v1/admin/partners")
@Tag(name = "Admin partners")
class PartnerAdminController {

    static final int DEFAULT_PER_PAGE = 15;

    private final PartnerRegistry registry;
    private final WebhookOutbox outbox;

    PartnerAdminController(PartnerRegistry registry, WebhookOutbox outbox) {
        this.registry = registry;
        this.outbox = outbox;
    }

    /** The body of {@code POST /admin/partners}. */
    record RegisterRequest(String name, Long hospitalId, String webhookUrl, String timezone,
                           Map<String, BigDecimal> hourlyRates, Map<String, String> professionTypes) {
    }

    /** The body of {@code PUT /admin/partners/{id}}: any of the fields. */
    record ChangeRequest(String name, String webhookUrl, String timezone, Map<String, BigDecimal> hourlyRates,
                         Map<String, String> professionTypes) {
    }

    /** A partner client as admins see it (never its key or secret). */
    record PartnerView(long clientId, String name, long hospitalId, String hospitalName, String webhookUrl,
                       String timezone, Map<String, Money> hourlyRates, Map<String, String> professionTypes,
                       Instant createdAt, Instant updatedAt) {
    }

    /** A client just registered, with the API key and webhook secret it authenticates and verifies with. */
    record RegisteredView(@JsonUnwrapped PartnerView partner, String apiKey, String webhookSecret) {
    }

    /** A new API key; the previous one no longer works. */
    record KeyRotated(long clientId, String apiKey) {
    }

    /** A new webhook secret, and until when the one it replaced still signs alongside it. */
    record SecretRotated(long clientId, String webhookSecret, Instant previousSecretSignsUntil) {
    }

    /** One webhook and its delivery. */
    record DeliveryView(long id, String webhookId, long shiftId, String externalShiftId, String event,
                        String status, int attempts, Integer lastStatusCode, String lastError, Instant nextAttemptAt,
                        Instant createdAt, Instant deliveredAt) {

        static DeliveryView of(PartnerWebhook webhook) {
            return new DeliveryView(webhook.id(), webhook.webhookId(), webhook.shiftId(), webhook.externalShiftId(),
                    webhook.shiftStatus(), webhook.status(), webhook.attempts(), webhook.lastStatusCode(),
                    webhook.lastError(), webhook.nextAttemptAt(), webhook.createdAt(), webhook.deliveredAt());
        }
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register a partner client: name, hospital_id (whose wallet pays for its shifts), "
            + "webhook_url, timezone, hourly_rates per professional type and optional profession_types",
            description = "hourly_rates: rupees per hour of the professional's pay, at least 1.00, two decimals at "
                    + "most, keyed by the partner's professional type (1-20 of A-Z a-z 0-9 space _ -). "
                    + "profession_types: the ShiftPro profession (doctor, nurse, technician, staff, paramedic) of a "
                    + "type; nurse when not given. timezone: IANA or ET, CT, MT, PT. webhook_url: https, and its "
                    + "host must resolve to public addresses only. The answer carries the client_id, the api_key "
                    + "and the webhook_secret (whsec_...), shown only here.")
    ResponseEntity<ApiResponse<RegisteredView>> register(@RequestBody RegisterRequest request) {
        PartnerRegistry.Registered registered = registry.register(new PartnerRegistry.Registration(request.name(),
                request.hospitalId(), request.webhookUrl(), request.timezone(), request.hourlyRates(),
                request.professionTypes()));
        return ResponseEntity.status(HttpStatus.CREATED).body(ApiResponse.ok("Partner client registered",
                new RegisteredView(view(registered.client()), registered.apiKey(), registered.webhookSecret())));
    }

    @GetMapping
    @Operation(summary = "The partner clients, oldest first (page, per_page: default 15, at most 100)")
    PagedResponse<PartnerView> list(@RequestParam(name = "page", required = false) Integer page,
                                    @RequestParam(name = "per_page", required = false) Integer perPage) {
        PageRequest request = PageRequest.of(page, perPage, DEFAULT_PER_PAGE);
        if (isBeyondEveryRow(request)) {
            return PagedResponse.of(List.of(), request.page(), request.perPage(), registry.count());
        }
        Page<PartnerClient> found = registry.list(org.springframework.data.domain.PageRequest.of(request.page() - 1,
                request.perPage(), Sort.by("clientId")));
        return paged(found, request, this::view);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One partner client")
    ApiResponse<PartnerView> show(@PathVariable("id") long id) {
        return ApiResponse.ok(view(registry.find(id)));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change any of a partner client's name, webhook_url, timezone, hourly_rates, "
            + "profession_types",
            description = "hourly_rates replaces the rate card (a type that stays keeps its profession type); "
                    + "profession_types changes the profession of types on the card. The hospital cannot change.")
    ApiResponse<PartnerView> change(@PathVariable("id") long id, @RequestBody ChangeRequest request) {
        PartnerClient client = registry.change(id, new PartnerRegistry.Change(request.name(), request.webhookUrl(),
                request.timezone(), request.hourlyRates(), request.professionTypes()));
        return ApiResponse.ok("Partner client updated", view(client));
    }

    @PostMapping("/{id}/rotate-key")
    @Operation(summary = "A new API key for the client; the old one stops working at once")
    ApiResponse<KeyRotated> rotateKey(@PathVariable("id") long id) {
        return ApiResponse.ok("API key rotated", new KeyRotated(id, registry.rotateKey(id)));
    }

    @PostMapping("/{id}/rotate-webhook-secret")
    @Operation(summary = "A new webhook secret for the client",
            description = "Webhooks are signed with both the new and the old secret (two webhook-signature "
                    + "entries; X-Signature-IC with the new one) until previous_secret_signs_until, "
                    + "shiftledger.partner.secret-overlap (default 24 hours) from now.")
    ApiResponse<SecretRotated> rotateWebhookSecret(@PathVariable("id") long id) {
        WebhookSecrets.Rotation rotation = registry.rotateWebhookSecret(id);
        return ApiResponse.ok("Webhook secret rotated",
                new SecretRotated(id, rotation.secret(), rotation.previousSignsUntil()));
    }

    @GetMapping("/{id}/deliveries")
    @Operation(summary = "The client's webhooks and their delivery, newest first",
            description = "status: pending, delivered or failed; page, per_page (default 15, at most 100). event is "
                    + "the webhook's shiftStatus. attempts counts every attempt, last_error is the last failure.")
    PagedResponse<DeliveryView> deliveries(@PathVariable("id") long id,
                                           @Parameter(schema = @Schema(allowableValues = {
                                                   "pending", "delivered", "failed"}))
                                           @RequestParam(name = "status", required = false) String status,
                                           @RequestParam(name = "page", required = false) Integer page,
                                           @RequestParam(name = "per_page", required = false) Integer perPage) {
        registry.find(id);
        String checkedStatus = status(status);
        PageRequest request = PageRequest.of(page, perPage, DEFAULT_PER_PAGE);
        if (isBeyondEveryRow(request)) {
            return PagedResponse.of(List.of(), request.page(), request.perPage(),
                    outbox.deliveries(id, checkedStatus, 1, 1).getTotalElements());
        }
        return paged(outbox.deliveries(id, checkedStatus, request.page(), request.perPage()), request,
                DeliveryView::of);
    }

    @PostMapping("/{id}/deliveries/{deliveryId}/redeliver")
    @Operation(summary = "Send a delivered or failed webhook again now (same webhook-id and body, newly signed)",
            description = "409 while it is still pending.")
    ApiResponse<DeliveryView> redeliver(@PathVariable("id") long id, @PathVariable("deliveryId") long deliveryId) {
        registry.find(id);
        return ApiResponse.ok("Webhook scheduled for redelivery", DeliveryView.of(outbox.redeliver(id, deliveryId)));
    }

    private PartnerView view(PartnerClient client) {
        Map<String, Money> rates = new TreeMap<>();
        Map<String, String> professions = new TreeMap<>();
        client.rates().forEach((type, line) -> {
            rates.put(type, line.perHour());
            professions.put(type, line.professionType().code());
        });
        return new PartnerView(client.clientId(), client.name(), client.hospitalId(),
                registry.hospitalName(client.hospitalId()).orElse(null), client.webhookUrl(),
                client.timezone().getId(), rates, professions, client.createdAt(), client.updatedAt());
    }

    private static String status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        String code = status.strip().toLowerCase(Locale.ROOT);
        if (!DeliveryStatus.CODES.contains(code)) {
            new FieldErrors().add("status", FieldErrors.mustBeOneOf("status", DeliveryStatus.CODES)).throwIfAny();
        }
        return code;
    }

    /** A page so far on that no row can be on it (and its offset would not fit the database's limit). */
    private static boolean isBeyondEveryRow(PageRequest request) {
        return (long) (request.page() - 1) * request.perPage() > Integer.MAX_VALUE - PageRequest.MAX_PER_PAGE;
    }

    private static <T, V> PagedResponse<V> paged(Page<T> found, PageRequest request, Function<T, V> view) {
        return PagedResponse.of(found.getContent().stream().map(view).toList(), request.page(), request.perPage(),
                found.getTotalElements());
    }
}
