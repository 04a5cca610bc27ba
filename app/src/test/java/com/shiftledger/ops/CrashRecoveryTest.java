package com.shiftledger.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.shiftledger.support.Api;
import com.shiftledger.support.ApplicationProcess;
import com.shiftledger.support.IntegrationTest;
import com.shiftledger.support.PostgresTestDatabase;
import com.shiftledger.support.Scenario;
import com.shiftledger.support.Scenario.Member;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The application killed with SIGKILL while withdrawals, top-ups, a payout and a refund release are under way, then
 * started again on its database: the ledger is whole (the audit is clean), every answered request was applied
 * exactly once, every unanswered one at most once (and exactly once after the caller repeats it with its
 * Idempotency-Key), the payout is made once and the refund released once.
 */
class CrashRecoveryTest {

    private static final int WITHDRAWALS = 30;
    private static final int TOP_UPS = 10;

    @TempDir
    Path directory;

    /** What became of one request cut by the kill or not: its key, and its status (null: no answer). */
    private record Outcome(String kind, String key, String subject, Integer status) {
    }

    @Test
    void aKilledApplicationRestartsWithTheLedgerWholeAndNothingAppliedTwice() throws Exception {
        String database = PostgresTestDatabase.createDatabase("crash");
        Map<String, String> settings = map(
                "SPRING_PROFILES_ACTIVE", "postgres",
                "SPRING_DATASOURCE_URL", database,
                "SPRING_DATASOURCE_USERNAME", PostgresTestDatabase.user(),
                "SPRING_DATASOURCE_PASSWORD", PostgresTestDatabase.password(),
                "SHIFTLEDGER_ADMIN_EMAIL", IntegrationTest.ADMIN_EMAIL,
                "SHIFTLEDGER_ADMIN_PASSWORD", IntegrationTest.ADMIN_PASSWORD,
                "SHIFTLEDGER_RAZORPAY_KEY_SECRET", IntegrationTest.KEY_SECRET,
                "SHIFTLEDGER_REFUND_HOLD_PERIOD", "PT3S",
                // a repeat of a request cut by the kill may run once its key's lease is over
                "SHIFTLEDGER_IDEMPOTENCY_LEASE", "PT5S",
                "DB_SCHEDULER_POLLING_INTERVAL", "500ms",
                "SPRING_DATASOURCE_HIKARI_MINIMUM_IDLE", "2");
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(database, PostgresTestDatabase.user(),
                PostgresTestDatabase.password()));
        ApplicationProcess application = ApplicationProcess.start(directory, "first", settings);
        List<Outcome> outcomes = new ArrayList<>();
        Member spender;
        Member nurse;
        long worked;
        try {
            Api api = application.api();
            spender = Scenario.register(api, "hospital");
            assertThat(Scenario.topUp(api, spender, "20000", null).status()).isEqualTo(200);
            Member payer = Scenario.register(api, "hospital");
            assertThat(Scenario.topUp(api, payer, "5000", null).status()).isEqualTo(200);
            nurse = Scenario.register(api, "professional");
            worked = Scenario.publishShift(api, payer, "1000", true);
            Scenario.staff(api, payer, api, nurse, worked);
            Member topper = Scenario.register(api, "hospital");
            Map<String, String> orders = new LinkedHashMap<>();
            for (int i = 0; i < TOP_UPS; i++) {
                Api.Response order = api.post("/api/v1/hospital/wallet/create-topup-order", topper.token(),
                        Map.of("amount", 500));
                orders.put(order.text("data.order_id"), "pay_crash" + i);
            }
            // its refund is released about when the kill comes
            Scenario.cancel(api, payer, Scenario.publishShift(api, payer, "1000", false));

            ExecutorService pool = Executors.newFixedThreadPool(16);
            CountDownLatch someAnswered = new CountDownLatch(8);
            List<Future<Outcome>> running = new ArrayList<>();
            running.add(pool.submit(() -> outcome("check-out", null, nurse.token(),
                    () -> Scenario.checkOut(api, nurse, worked), someAnswered)));
            for (Map.Entry<String, String> order : orders.entrySet()) {
                String key = UUID.randomUUID().toString();
                running.add(pool.submit(() -> outcome("top-up", key, order.getKey(), () -> verify(api, topper,
                        order.getKey(), order.getValue(), key), someAnswered)));
            }
            for (int i = 0; i < WITHDRAWALS; i++) {
                String key = UUID.randomUUID().toString();
                Member member = spender;
                running.add(pool.submit(() -> outcome("withdrawal", key, null,
                        () -> Scenario.withdraw(api, member, "hospital", "100", key), someAnswered)));
            }
            assertThat(someAnswered.await(120, TimeUnit.SECONDS)).as("some requests answered before the kill").isTrue();
            application.kill();
            for (Future<Outcome> outcome : running) {
                outcomes.add(outcome.get(90, TimeUnit.SECONDS));
            }
            pool.shutdownNow();
            outcomes.forEach(outcome -> {
                if (outcome.kind().equals("top-up")) {
                    topUpKeys.put(outcome.key(), topper);
                }
            });
        } finally {
            application.stop();
        }
        assertThat(outcomes).as("answered before the kill").anyMatch(outcome -> outcome.status() != null);
        assertThat(outcomes).as("cut by the kill").anyMatch(outcome -> outcome.status() == null);

        // answered: applied exactly once; unanswered: at most once
        for (Outcome outcome : outcomes) {
            long applied = applied(jdbc, outcome);
            if (outcome.status() != null && outcome.status() == 200) {
                assertThat(applied).as(outcome + " answered").isEqualTo(1);
            } else {
                assertThat(applied).as(outcome + " unanswered or refused").isLessThanOrEqualTo(1);
            }
        }

        ApplicationProcess restarted = ApplicationProcess.start(directory, "second", settings);
        try {
            Api api = restarted.api();
            // the callers repeat what got no answer, with the same key: each is then applied exactly once
            for (Outcome outcome : outcomes) {
                if (outcome.status() != null) {
                    continue;
                }
                Api.Response[] answer = new Api.Response[1];
                await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> {
                    answer[0] = switch (outcome.kind()) {
                        case "withdrawal" -> Scenario.withdraw(api, spender, "hospital", "100", outcome.key());
                        case "top-up" -> verify(api, topUpKeys.get(outcome.key()), outcome.subject(),
                                "pay_crash" + orderIndex(outcome), outcome.key());
                        default -> Scenario.checkOut(api, nurse, worked);
                    };
                    // 409: the key's lease, taken by the request the kill cut, is not over yet
                    return answer[0].status() != 409;
                });
                Api.Response repeat = answer[0];
                assertThat(repeat.status()).as(outcome + " repeated: " + repeat.body()).isLessThan(500);
                if (!outcome.kind().equals("check-out")) {
                    assertThat(repeat.status()).as(outcome + " repeated: " + repeat.body()).isEqualTo(200);
                    assertThat(applied(jdbc, outcome)).as(outcome + " repeated").isEqualTo(1);
                }
            }
            // the payout and the refund release, cut or not, happen exactly once
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                assertThat(events(jdbc, "shift.PositionCompletedEvent", "shift-" + worked)).isEqualTo(1);
                assertThat(events(jdbc, "wallet.WalletCreditedEvent", "wallet-" + nurse.walletId())).isEqualTo(1);
                assertThat(events(jdbc, "refund.RefundCompletedEvent", null)).isEqualTo(1);
            });
            String admin = api.post("/api/v1/auth/login", null, Map.of("email", IntegrationTest.ADMIN_EMAIL,
                    "password", IntegrationTest.ADMIN_PASSWORD)).text("data.token");
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                JsonNode report = api.get("/api/v1/admin/audit/verify", admin).data();
                assertThat(report.path("ok").asBoolean()).as(report.toString()).isTrue();
                JsonNode wallet = api.get("/api/v1/hospital/wallet", spender.token()).data().path("wallet");
                long withdrawals = events(jdbc, "wallet.WithdrawalRequestedEvent", "wallet-" + spender.walletId());
                assertThat(wallet.path("reserved").decimalValue())
                        .isEqualByComparingTo(BigDecimal.valueOf(100 * withdrawals));
            });
        } finally {
            restarted.stop();
        }
    }

    private final Map<String, Member> topUpKeys = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Integer> orderIndexes = new java.util.concurrent.ConcurrentHashMap<>();

    private int orderIndex(Outcome outcome) {
        return orderIndexes.get(outcome.subject());
    }

    private Api.Response verify(Api api, Member hospital, String orderId, String paymentId, String key) {
        orderIndexes.putIfAbsent(orderId, Integer.parseInt(paymentId.substring("pay_crash".length())));
        return api.post("/api/v1/hospital/wallet/verify-topup-payment", hospital.token(), Map.of(
                "razorpay_order_id", orderId, "razorpay_payment_id", paymentId,
                "razorpay_signature", IntegrationTest.paymentSignature(orderId, paymentId), "amount", 500),
                Map.of("Idempotency-Key", key));
    }

    private static Outcome outcome(String kind, String key, String subject,
                                   java.util.function.Supplier<Api.Response> request, CountDownLatch answered) {
        try {
            Api.Response response = request.get();
            answered.countDown();
            return new Outcome(kind, key, subject, response.status());
        } catch (IllegalStateException cut) {
            return new Outcome(kind, key, subject, null);
        }
    }

    private static long applied(JdbcTemplate jdbc, Outcome outcome) {
        return switch (outcome.kind()) {
            case "withdrawal" -> count(jdbc, "select count(*) from domain_event_entry where payload_type = "
                    + "'com.shiftledger.api.wallet.WithdrawalRequestedEvent' and convert_from(payload, 'UTF8') like ?",
                    "%" + outcome.key() + "%");
            case "top-up" -> count(jdbc, "select count(*) from domain_event_entry where payload_type = "
                    + "'com.shiftledger.api.wallet.TopUpCapturedEvent' and convert_from(payload, 'UTF8') like ?",
                    "%\"" + outcome.subject() + "\"%");
            default -> count(jdbc, "select count(*) from domain_event_entry where payload_type = "
                    + "'com.shiftledger.api.shift.PositionCompletedEvent' and convert_from(payload, 'UTF8') like ?",
                    "%");
        };
    }

    private static long events(JdbcTemplate jdbc, String type, String aggregate) {
        return aggregate == null
                ? count(jdbc, "select count(*) from domain_event_entry where payload_type = ?",
                "com.shiftledger.api." + type)
                : count(jdbc, "select count(*) from domain_event_entry where payload_type = ? "
                + "and aggregate_identifier = ?", "com.shiftledger.api." + type, aggregate);
    }

    private static Map<String, String> map(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static long count(JdbcTemplate jdbc, String sql, Object... arguments) {
        Long count = jdbc.queryForObject(sql, Long.class, arguments);
        return count == null ? 0 : count;
    }
}
