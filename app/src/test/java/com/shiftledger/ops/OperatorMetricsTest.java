package com.shiftledger.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.shiftledger.support.Api;
import com.shiftledger.support.IntegrationTest;
import com.shiftledger.support.PostgresTestDatabase;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What an operator reads on PostgreSQL: Prometheus metrics (processor lag, Axon's command timers, HTTP timings, the
 * ledger's money per kind of account, dead letters) for admins only, and health with its details for admins only.
 * Metrics export is on here (Spring Boot's tests switch it off) and the database is the class's own, so stopping a
 * processor leaves no other instance to take over its segments; the context is closed after the class.
 */
@AutoConfigureObservability(tracing = false)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class OperatorMetricsTest extends IntegrationTest {

    private static final String METRICS_DATABASE = PostgresTestDatabase.createDatabase("metrics");

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{[^}]*})? (\\S+)$",
            Pattern.MULTILINE);

    @Autowired
    private EventProcessingConfiguration processing;

    @DynamicPropertySource
    static void databaseOfItsOwn(DynamicPropertyRegistry registry) {
        registry.add(OWN_DATABASE_URL, () -> METRICS_DATABASE);
    }

    @Test
    void metricsAreForAdminsAndHealthDetailsToo() {
        Party hospital = registerHospital();
        assertThat(api.get("/actuator/prometheus", null).status()).isEqualTo(401);
        assertThat(api.get("/actuator/metrics", null).status()).isEqualTo(401);
        assertThat(api.get("/actuator/prometheus", hospital.token()).status()).isEqualTo(403);

        Api.Response anonymous = api.get("/actuator/health", null);
        assertThat(anonymous.status()).isEqualTo(200);
        assertThat(anonymous.text("status")).isEqualTo("UP");
        assertThat(anonymous.body().has("components")).isFalse();
        assertThat(api.get("/actuator/health/readiness", null).status()).isEqualTo(200);

        JsonNode health = api.get("/actuator/health", adminToken()).body();
        assertThat(health.path("components").path("db").path("status").asText()).isEqualTo("UP");
        assertThat(health.path("components").path("dbScheduler").path("status").asText()).isEqualTo("UP");
        JsonNode processors = health.path("components").path("eventProcessors");
        assertThat(processors.path("status").asText()).as(processors.toString()).isEqualTo("UP");
        assertThat(processors.path("details").path("journal-projection").path("running").asBoolean()).isTrue();
        assertThat(processors.path("details").path("wallet-lookup").path("error").asBoolean()).isFalse();
    }

    @Test
    void aWithdrawalShowsInTheCommandTimersTheHttpTimingsAndTheLedgerGauges() {
        Party hospital = registerHospital();
        topUp(hospital, "5000");
        requestWithdrawal(hospital, "1200");
        awaitBalances(hospital, "3800.00", "1200.00");
        String admin = adminToken();

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            Map<String, Double> metrics = scrape(admin);
            assertThat(metrics.get("shiftledger_processor_lag_events{processor=journal-projection}")).isZero();
            assertThat(metrics.get("shiftledger_processor_lag_seconds{processor=journal-projection}")).isZero();
            assertThat(metrics.get("commandBus_allTimer_seconds_count{payload_type=RequestWithdrawalCommand}"))
                    .isGreaterThanOrEqualTo(1);
            assertThat(metrics.get("commandBus_successCounter_total{payload_type=CaptureTopUpCommand}"))
                    .isGreaterThanOrEqualTo(1);
            assertThat(metrics.get("eventProcessor_allTimer_seconds_count{processor=journal-projection}"))
                    .isGreaterThanOrEqualTo(1);
            assertThat(metrics).containsKey("shiftledger_dead_letters{processing_group=wallet-projection}");
            assertThat(metrics.keySet()).anyMatch(name -> name.startsWith("http_server_requests_seconds_count{")
                    && name.contains("uri=/api/v1/hospital/wallet/withdraw"));
            // this withdrawal is pending: its ₹1200 sit on a withdrawal account
            assertThat(metrics.get("shiftledger_ledger_balance_paise{account_kind=withdrawal}"))
                    .isGreaterThanOrEqualTo(120_000);
            assertThat(metrics.get("shiftledger_ledger_balance_paise{account_kind=gateway}")).isNegative();
            // every posting has two sides: the kinds add up to zero
            double sum = 0;
            for (String kind : new String[]{"hospital", "professional", "shift", "sos", "withdrawal", "refund",
                    "platform", "gateway", "payouts"}) {
                Double balance = metrics.get("shiftledger_ledger_balance_paise{account_kind=" + kind + "}");
                assertThat(balance).as(kind).isNotNull();
                sum += balance;
            }
            assertThat(sum).isZero();
        });
    }

    @Test
    void aStoppedProcessorFallsBehindInEventsAndSecondsAndCatchesUpWhenStarted() {
        StreamingEventProcessor notifications = processing
                .eventProcessor("notifications", StreamingEventProcessor.class).orElseThrow();
        String admin = adminToken();
        notifications.shutDown();
        try {
            topUp(registerHospital(), "500");
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
                Map<String, Double> metrics = scrape(admin);
                // held by no one, it counts from its stored tokens: the top-up's events are ahead of it
                assertThat(metrics.get("shiftledger_processor_lag_events{processor=notifications}"))
                        .isGreaterThanOrEqualTo(2);
                assertThat(metrics.get("shiftledger_processor_lag_seconds{processor=notifications}")).isPositive();
                assertThat(metrics.get("shiftledger_processor_lag_events{processor=wallet-projection}")).isZero();
                JsonNode health = api.get("/actuator/health", admin).body();
                assertThat(health.path("components").path("eventProcessors").path("status").asText())
                        .isEqualTo("DOWN");
                assertThat(health.path("components").path("eventProcessors").path("details").path("notifications")
                        .path("running").asBoolean()).isFalse();
            });
        } finally {
            notifications.start();
        }
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            Map<String, Double> metrics = scrape(admin);
            assertThat(metrics.get("shiftledger_processor_lag_events{processor=notifications}")).isZero();
            assertThat(metrics.get("shiftledger_processor_lag_seconds{processor=notifications}")).isZero();
        });
    }

    /** The samples of a scrape by name and labels (without the common {@code application} label). */
    private Map<String, Double> scrape(String adminToken) {
        Api.Response response = api.get("/actuator/prometheus", adminToken);
        assertThat(response.status()).isEqualTo(200);
        Map<String, Double> samples = new HashMap<>();
        Matcher matcher = SAMPLE.matcher(response.body().asText());
        while (matcher.find()) {
            String labels = matcher.group(2) == null ? "" : matcher.group(2)
                    .replaceAll("application=\"[^\"]*\",?", "").replace("\"", "").replace(",}", "}");
            samples.put(matcher.group(1) + ("{}".equals(labels) ? "" : labels), parse(matcher.group(3)));
        }
        return samples;
    }

    private static Double parse(String value) {
        return "NaN".equals(value) ? Double.NaN : Double.valueOf(value);
    }
}
