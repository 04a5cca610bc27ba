package com.shiftledger.app.partner;

import com.shiftledger.api.partner.PartnerTimeZones;

import com.shiftledger.api.partner.PartnerCaller;
import com.shiftledger.api.partner.PartnerRate;
import com.shiftledger.api.rejection.FieldErrors;
import com.shiftledger.api.rejection.RejectedException;
import com.shiftledger.app.identity.ProfileDirectory;
import com.shiftledger.command.web.MoneyLimits;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The registry of partner clients: an admin registers a client (answered once with its API key and webhook secret),
 * changes it, rotates its key (the old one stops at once) or its webhook secret; a request to {@code /partner/v1}
 * is authenticated here as the client's {@link PartnerCaller}.
 */
@Service
class PartnerRegistry {

    static final String NOT_FOUND = "Partner client not found.";
    static final String UNKNOWN_HOSPITAL = "The hospital id names no hospital.";
    static final String BAD_TIMEZONE = "The timezone must be an IANA time zone (for example America/New_York) or "
            + "one of ET, CT, MT, PT.";
    static final String NOTHING_TO_CHANGE = "Give at least one of name, webhook_url, timezone, hourly_rates, "
            + "profession_types.";
    static final int MAX_NAME = 255;
    static final int MAX_API_KEY = 100;
    static final int MAX_CLIENT_ID_DIGITS = 18;

    private final PartnerClientRepository clients;
    private final WebhookSecrets secrets;
    private final WebhookUrlPolicy urls;
    private final ProfileDirectory profiles;
    private final BigDecimal mostPerHour;
    private final Clock clock;

    PartnerRegistry(PartnerClientRepository clients, WebhookSecrets secrets, WebhookUrlPolicy urls,
                    ProfileDirectory profiles, MoneyLimits limits, Clock clock) {
        this.clients = clients;
        this.secrets = secrets;
        this.urls = urls;
        this.profiles = profiles;
        this.mostPerHour = limits.maxOperationAmount();
        this.clock = clock;
    }

    /** What registering a client answers: the client, and its key and secret in the clear, shown only now. */
    record Registered(PartnerClient client, String apiKey, String webhookSecret) {
    }

    /** A client as an admin asks for it: every field required but {@code professionTypes}. */
    record Registration(String name, Long hospitalId, String webhookUrl, String timezone,
                        Map<String, BigDecimal> hourlyRates, Map<String, String> professionTypes) {
    }

    /** An admin's change of a client: any of its fields, null for those that stay. */
    record Change(String name, String webhookUrl, String timezone, Map<String, BigDecimal> hourlyRates,
                  Map<String, String> professionTypes) {

        boolean isEmpty() {
            return name == null && webhookUrl == null && timezone == null && hourlyRates == null
                    && professionTypes == null;
        }
    }

    @Transactional
    Registered register(Registration registration) {
        FieldErrors errors = new FieldErrors();
        String name = name(registration.name(), errors, true);
        if (registration.hospitalId() == null) {
            errors.add("hospital_id", "The hospital id field is required.");
        } else if (registration.hospitalId() <= 0 || profiles.hospital(registration.hospitalId()).isEmpty()) {
            errors.add("hospital_id", UNKNOWN_HOSPITAL);
        }
        String webhookUrl = webhookUrl(registration.webhookUrl(), errors, true);
        ZoneId timezone = timezone(registration.timezone(), errors, true);
        Map<String, RateLine> card = registration.hourlyRates() == null
                ? missingRates(errors)
                : RateCard.of(registration.hourlyRates(), registration.professionTypes(), Map.of(), mostPerHour,
                errors);
        errors.throwIfAny();
        String apiKey = PartnerCredentials.newApiKey();
        PartnerClient client = clients.save(new PartnerClient(name, registration.hospitalId(), webhookUrl, timezone,
                card, PartnerCredentials.hash(apiKey), clock.instant()));
        return new Registered(client, apiKey, secrets.issue(client.clientId()));
    }

    @Transactional
    PartnerClient change(long clientId, Change change) {
        PartnerClient client = find(clientId);
        FieldErrors errors = new FieldErrors();
        if (change.isEmpty()) {
            errors.add("body", NOTHING_TO_CHANGE);
        }
        String name = name(change.name(), errors, false);
        String webhookUrl = webhookUrl(change.webhookUrl(), errors, false);
        ZoneId timezone = timezone(change.timezone(), errors, false);
        Map<String, RateLine> card = change.hourlyRates() == null && change.professionTypes() == null ? null
                : RateCard.of(change.hourlyRates(), change.professionTypes(), client.rates(), mostPerHour, errors);
        errors.throwIfAny();
        client.change(name, webhookUrl, timezone, card, clock.instant());
        return client;
    }

    /** A new API key; the old one stops working with this commit. Answers the new key, shown only now. */
    @Transactional
    String rotateKey(long clientId) {
        String apiKey = PartnerCredentials.newApiKey();
        find(clientId).keyRotated(PartnerCredentials.hash(apiKey), clock.instant());
        return apiKey;
    }

    @Transactional
    WebhookSecrets.Rotation rotateWebhookSecret(long clientId) {
        find(clientId);
        return secrets.rotate(clientId);
    }

    @Transactional(readOnly = true)
    PartnerClient find(long clientId) {
        return clients.findById(clientId).orElseThrow(() -> RejectedException.notFound(NOT_FOUND));
    }

    @Transactional(readOnly = true)
    Page<PartnerClient> list(Pageable page) {
        return clients.findAll(page);
    }

    @Transactional(readOnly = true)
    long count() {
        return clients.count();
    }

    @Transactional(readOnly = true)
    Optional<String> hospitalName(long hospitalId) {
        return profiles.hospital(hospitalId).map(ProfileDirectory.Hospital::hospitalName);
    }

    /**
     * The client a request's {@code X-CLIENT-ID} and {@code X-API-KEY} stand for, if the id is a client's and the
     * key is that client's current one (compared in constant time).
     */
    @Transactional(readOnly = true)
    Optional<PartnerCaller> authenticate(String clientIdHeader, String apiKey) {
        Optional<Long> clientId = clientIdOf(clientIdHeader);
        if (clientId.isEmpty() || apiKey == null || apiKey.isEmpty() || apiKey.length() > MAX_API_KEY) {
            return Optional.empty();
        }
        Optional<PartnerClient> client = clients.findById(clientId.get());
        if (!PartnerCredentials.matches(client.map(PartnerClient::apiKeyHash).orElse(null), apiKey)) {
            return Optional.empty();
        }
        return client.flatMap(this::callerOf);
    }

    private Optional<PartnerCaller> callerOf(PartnerClient client) {
        Map<String, PartnerRate> rates = new LinkedHashMap<>();
        client.rates().forEach((type, line) -> rates.put(type, line.rate()));
        return profiles.hospital(client.hospitalId()).map(hospital -> new PartnerCaller(client.clientId(),
                client.name(), hospital.hospitalId(), hospital.hospitalName(), hospital.walletId(),
                hospital.location(), client.timezone(), rates));
    }

    private static Optional<Long> clientIdOf(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String digits = header.strip();
        if (digits.isEmpty() || digits.length() > MAX_CLIENT_ID_DIGITS
                || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        long id = Long.parseLong(digits);
        return id > 0 ? Optional.of(id) : Optional.empty();
    }

    private static String name(String name, FieldErrors errors, boolean required) {
        if (name == null && !required) {
            return null;
        }
        if (name == null || name.isBlank()) {
            errors.add("name", "The name field is required.");
            return null;
        }
        if (name.strip().length() > MAX_NAME) {
            errors.add("name", "The name may not be greater than " + MAX_NAME + " characters.");
            return null;
        }
        return name.strip();
    }

    private String webhookUrl(String url, FieldErrors errors, boolean required) {
        if (url == null && !required) {
            return null;
        }
        if (url == null || url.isBlank()) {
            errors.add("webhook_url", "The webhook url field is required.");
            return null;
        }
        Optional<String> refusal = urls.refusal(url.strip());
        refusal.ifPresent(reason -> errors.add("webhook_url", reason));
        return refusal.isPresent() ? null : url.strip();
    }

    private static ZoneId timezone(String timezone, FieldErrors errors, boolean required) {
        if (timezone == null && !required) {
            return null;
        }
        if (timezone == null || timezone.isBlank()) {
            errors.add("timezone", "The timezone field is required.");
            return null;
        }
        Optional<ZoneId> zone = PartnerTimeZones.parse(timezone);
        if (zone.isEmpty()) {
            errors.add("timezone", BAD_TIMEZONE);
        }
        return zone.orElse(null);
    }

    private static Map<String, RateLine> missingRates(FieldErrors errors) {
        errors.add("hourly_rates", RateCard.RATES_REQUIRED);
        return null;
    }
}
