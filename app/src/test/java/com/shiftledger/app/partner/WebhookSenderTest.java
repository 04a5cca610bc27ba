package com.shiftledger.app.partner;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One delivery attempt against a real HTTP server on this machine: what it sends, what counts as delivered, and
 * the delivery-time URL check that refuses, without sending anything, a host that now resolves to a private address.
 */
class WebhookSenderTest {

    private static final String TEST_ONLY_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String BODY = "{\"clientId\":1234,\"externalShiftId\":\"2546810\","
            + "\"shiftStatus\":\"Released\",\"statusTimestamp\":\"2024-01-17T15:01:00\"}";
    private static final Instant NOW = Instant.parse("2024-01-17T15:01:05Z");

    private final List<String> received = new CopyOnWriteArrayList<>();
    private final Map<String, String> headers = new ConcurrentHashMap<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private HttpServer server;
    private String base;

    @BeforeEach
    void listen() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/ok", exchange -> {
            received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.createContext("/moved", exchange -> {
            received.add("moved");
            exchange.getResponseHeaders().add("Location", base + "/ok");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.createContext("/broken", exchange -> {
            received.add("broken");
            byte[] answer = "x".repeat(5000).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(503, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.createContext("/slow", exchange -> {
            received.add("slow");
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
    }

    @Test
    void postsTheExactBodyWithBothSignaturesAndCountsA2xxAsDelivered() {
        WebhookSender.Outcome outcome = sender(allowingPrivate(), Duration.ofSeconds(10))
                .send(base + "/ok", "msg_test", BODY, List.of(TEST_ONLY_SECRET));

        assertThat(outcome.delivered()).isTrue();
        assertThat(outcome.statusCode()).isEqualTo(204);
        assertThat(received).containsExactly(BODY);
        assertThat(headers).containsEntry("content-type", "application/json")
                .containsEntry("webhook-id", "msg_test")
                .containsEntry("webhook-timestamp", String.valueOf(NOW.getEpochSecond()))
                .containsEntry("x-signature-ic", WebhookSigner.bodySignature(TEST_ONLY_SECRET, BODY))
                .containsEntry("webhook-signature",
                        WebhookSigner.standardSignature(TEST_ONLY_SECRET, "msg_test", NOW.getEpochSecond(), BODY));
    }

    @Test
    void doesNotFollowARedirectAndCountsItAsAFailedAttempt() {
        WebhookSender.Outcome outcome = sender(allowingPrivate(), Duration.ofSeconds(10))
                .send(base + "/moved", "msg_test", BODY, List.of(TEST_ONLY_SECRET));

        assertThat(outcome.delivered()).isFalse();
        assertThat(outcome.statusCode()).isEqualTo(302);
        assertThat(received).containsExactly("moved");
    }

    @Test
    void recordsTheStatusAndTheStartOfTheAnswerOfAFailedAttempt() {
        WebhookSender.Outcome outcome = sender(allowingPrivate(), Duration.ofSeconds(10))
                .send(base + "/broken", "msg_test", BODY, List.of(TEST_ONLY_SECRET));

        assertThat(outcome.delivered()).isFalse();
        assertThat(outcome.statusCode()).isEqualTo(503);
        assertThat(outcome.error()).startsWith("HTTP 503: xxx").hasSizeLessThan(WebhookSender.ERROR_BODY_CHARS + 20);
    }

    @Test
    void anAnswerThatDoesNotComeWithinTheTimeoutIsAFailedAttempt() {
        WebhookSender.Outcome outcome = sender(allowingPrivate(), Duration.ofMillis(300))
                .send(base + "/slow", "msg_test", BODY, List.of(TEST_ONLY_SECRET));

        assertThat(outcome.delivered()).isFalse();
        assertThat(outcome.statusCode()).isNull();
        assertThat(outcome.error()).startsWith("No answer within the timeout");
    }

    @Test
    void aReceiverThatIsDownIsAFailedAttempt() {
        server.stop(0);
        WebhookSender.Outcome outcome = sender(allowingPrivate(), Duration.ofSeconds(10))
                .send(base + "/ok", "msg_test", BODY, List.of(TEST_ONLY_SECRET));

        assertThat(outcome.delivered()).isFalse();
        assertThat(outcome.error()).startsWith("Connection failed");
    }

    @Test
    void refusesWithoutSendingAHostThatNowResolvesToAPrivateAddress() {
        WebhookUrlPolicy policy = new WebhookUrlPolicy(false,
                host -> new InetAddress[]{InetAddress.getByName("127.0.0.1")});
        String url = "https://partner.example:" + server.getAddress().getPort() + "/ok";

        WebhookSender.Outcome outcome = sender(policy, Duration.ofSeconds(10))
                .send(url, "msg_test", BODY, List.of(TEST_ONLY_SECRET));

        assertThat(outcome.delivered()).isFalse();
        assertThat(outcome.statusCode()).isNull();
        assertThat(outcome.error()).startsWith("Not sent: ").contains("127.0.0.1");
        assertThat(received).isEmpty();
    }

    private static WebhookUrlPolicy allowingPrivate() {
        return new WebhookUrlPolicy(true, InetAddress::getAllByName);
    }

    private static WebhookSender sender(WebhookUrlPolicy policy, Duration requestTimeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
        return new WebhookSender(policy, http, requestTimeout, Clock.fixed(NOW, ZoneOffset.UTC));
    }
}
