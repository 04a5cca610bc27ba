package com.shiftledger.app.partner;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Makes one delivery attempt of a webhook: checks the URL against the {@link WebhookUrlPolicy} again (DNS may have
 * changed since registration; a refused URL is not called), then POSTs the exact body with
 * {@code Content-Type: application/json}, {@code X-Signature-IC}, and the Standard Webhooks {@code webhook-id},
 * {@code webhook-timestamp} (this attempt's, in unix seconds) and {@code webhook-signature} headers. Redirects are
 * not followed. A 2xx answer is a delivery; anything else, a timeout or no connection is a failed attempt.
 */
final class WebhookSender {

    static final int ERROR_BODY_CHARS = 200;

    private final WebhookUrlPolicy policy;
    private final HttpClient http;
    private final Duration requestTimeout;
    private final Clock clock;

    /** {@code http} must not follow redirects and should have a connect timeout. */
    WebhookSender(WebhookUrlPolicy policy, HttpClient http, Duration requestTimeout, Clock clock) {
        this.policy = policy;
        this.http = http;
        this.requestTimeout = requestTimeout;
        this.clock = clock;
    }

    /** How an attempt went: delivered or not, the HTTP status when there was an answer, and what went wrong. */
    record Outcome(boolean delivered, Integer statusCode, String error) {

        static Outcome notSent(String reason) {
            return new Outcome(false, null, "Not sent: " + reason);
        }
    }

    /** One attempt, signed with {@code secrets} (those that sign now, newest first; at least one). */
    Outcome send(String url, String webhookId, String body, List<String> secrets) {
        Optional<String> refusal = policy.refusal(url);
        if (refusal.isPresent()) {
            return Outcome.notSent(refusal.get());
        }
        if (secrets.isEmpty()) {
            return Outcome.notSent("the client has no webhook secret that signs now.");
        }
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(requestTimeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", "ShiftLedger-Webhooks/1")
                .header("X-Signature-IC", WebhookSigner.bodySignature(secrets.get(0), body))
                .header("webhook-id", webhookId)
                .header("webhook-timestamp", String.valueOf(timestamp))
                .header("webhook-signature", WebhookSigner.standardSignatures(secrets, webhookId, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.getBytes(StandardCharsets.UTF_8)))
                .build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            int status = response.statusCode();
            String answer = startOf(response.body());
            if (status >= 200 && status < 300) {
                return new Outcome(true, status, null);
            }
            return new Outcome(false, status, "HTTP " + status + (answer.isEmpty() ? "" : ": " + answer));
        } catch (HttpTimeoutException e) {
            return new Outcome(false, null, "No answer within the timeout: " + e.getMessage());
        } catch (IOException e) {
            return new Outcome(false, null, "Connection failed: " + describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(false, null, "Interrupted while sending");
        } catch (IllegalArgumentException e) {
            return Outcome.notSent("the webhook url cannot be called: " + e.getMessage());
        }
    }

    /** The first characters of the answer, for the delivery log; the rest is not read. */
    private static String startOf(InputStream body) throws IOException {
        try (InputStream in = body) {
            byte[] start = in.readNBytes(ERROR_BODY_CHARS);
            return new String(start, StandardCharsets.UTF_8).strip();
        }
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : " " + message);
    }
}
