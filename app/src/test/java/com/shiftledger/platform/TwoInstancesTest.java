package com.shiftledger.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.shiftledger.ShiftLedgerApplication;
import com.shiftledger.support.Api;
import com.shiftledger.support.IntegrationTest;
import com.shiftledger.support.PostgresTestDatabase;
import com.shiftledger.support.Scenario;
import com.shiftledger.support.Scenario.Member;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances on one PostgreSQL database: concurrent withdrawals on one wallet through both accept exactly the
 * affordable number (none negative, no 5xx), a refund is released once and a shift is settled once across both,
 * and each instance's audit is clean afterwards. Answers do not wait for the read-after-write timeout when the
 * projection runs on the other instance.
 */
class TwoInstancesTest {

    private static final int WITHDRAWALS = 40;
    private final List<ConfigurableApplicationContext> running = new ArrayList<>();

    @AfterEach
    void stopAll() {
        running.forEach(ConfigurableApplicationContext::close);
        running.clear();
    }

    private ConfigurableApplicationContext start(String databaseUrl) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(ShiftLedgerApplication.class)
                .profiles("postgres")
                .run("--server.port=0",
                        "--spring.datasource.url=" + databaseUrl,
                        "--spring.datasource.username=" + PostgresTestDatabase.user(),
                        "--spring.datasource.password=" + PostgresTestDatabase.password(),
                        "--shiftledger.refund.hold-period=PT3S",
                        "--db-scheduler.polling-interval=500ms",
                        "--spring.datasource.hikari.minimum-idle=2",
                        "--shiftledger.razorpay.key-secret=" + IntegrationTest.KEY_SECRET,
                        "--shiftledger.admin.email=" + IntegrationTest.ADMIN_EMAIL,
                        "--shiftledger.admin.password=" + IntegrationTest.ADMIN_PASSWORD);
        running.add(context);
        return context;
    }

    private static Api api(ConfigurableApplicationContext context) {
        return new Api(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));
    }

    @Test
    void withdrawalsRefundsAndSettlementsAcrossTwoInstances() throws Exception {
        String database = PostgresTestDatabase.createDatabase("twoinstances");
        ConfigurableApplicationContext firstContext = start(database);
        ConfigurableApplicationContext secondContext = start(database);
        Api first = api(firstContext);
        Api second = api(secondContext);
        JdbcTemplate jdbc = firstContext.getBean(JdbcTemplate.class);

        Member hospital = Scenario.register(first, "hospital");
        assertThat(Scenario.topUp(second, hospital, "10000", null).status()).isEqualTo(200);
        // ₹300 each: 33 fit in ₹10000, the 34th does not
        ExecutorService pool = Executors.newFixedThreadPool(WITHDRAWALS);
        List<Callable<Api.Response>> calls = new ArrayList<>();
        for (int i = 0; i < WITHDRAWALS; i++) {
            Api via = i % 2 == 0 ? first : second;
            calls.add(() -> Scenario.withdraw(via, hospital, "hospital", "300", null));
        }
        long started = System.nanoTime();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Api.Response> answer : pool.invokeAll(calls)) {
            statuses.add(answer.get().status());
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        pool.shutdown();

        assertThat(statuses).as("statuses").allMatch(status -> status == 200 || status == 402);
        assertThat(statuses.stream().filter(status -> status == 200).count()).isEqualTo(33);
        assertThat(took).as("40 withdrawals through two instances").isLessThan(Duration.ofSeconds(20));
        for (Api via : List.of(first, second)) {
            JsonNode wallet = via.get("/api/v1/hospital/wallet", hospital.token()).data().path("wallet");
            assertThat(wallet.path("balance").decimalValue()).isEqualByComparingTo("100.00");
            assertThat(wallet.path("reserved").decimalValue()).isEqualByComparingTo("9900.00");
        }

        // a shift published on one instance and cancelled on the other: its refund (₹990 of ₹1100) released once
        Member payer = Scenario.register(second, "hospital");
        assertThat(Scenario.topUp(first, payer, "5000", null).status()).isEqualTo(200);
        long cancelled = Scenario.publishShift(first, payer, "1000", false);
        Scenario.cancel(second, payer, cancelled);
        // a shift staffed across both and worked: paid once, settled once
        Member nurse = Scenario.register(first, "professional");
        long worked = Scenario.publishShift(second, payer, "1000", true);
        Scenario.staff(first, payer, second, nurse, worked);
        Api.Response checkedOut = Scenario.checkOut(first, nurse, worked);
        assertThat(checkedOut.status()).as(checkedOut.body().toString()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            // ₹5000 - ₹1100 - ₹1100 + ₹990
            assertThat(second.get("/api/v1/hospital/wallet", payer.token()).data().path("wallet").path("balance")
                    .decimalValue()).isEqualByComparingTo("3790.00");
            assertThat(first.get("/api/v1/professional/wallet", nurse.token()).data().path("wallet")
                    .path("balance").decimalValue()).isEqualByComparingTo("1000.00");
        });
        await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> true);
        assertThat(count(jdbc, "com.shiftledger.api.refund.RefundCompletedEvent")).isEqualTo(1);
        assertThat(count(jdbc, "com.shiftledger.api.shift.ShiftCompletedEvent")).isEqualTo(1);
        assertThat(count(jdbc, "com.shiftledger.api.shift.PositionCompletedEvent")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where payload_type = ? "
                + "and aggregate_identifier = ?", Long.class, "com.shiftledger.api.wallet.WalletCreditedEvent",
                "wallet-" + nurse.walletId())).isEqualTo(1);

        String admin = first.post("/api/v1/auth/login", null, java.util.Map.of("email", IntegrationTest.ADMIN_EMAIL,
                "password", IntegrationTest.ADMIN_PASSWORD)).text("data.token");
        for (Api via : List.of(first, second)) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                JsonNode report = via.get("/api/v1/admin/audit/verify", admin).data();
                assertThat(report.path("ok").asBoolean()).as(report.toString()).isTrue();
            });
        }
    }

    private static long count(JdbcTemplate jdbc, String payloadType) {
        Long count = jdbc.queryForObject("select count(*) from domain_event_entry where payload_type = ?", Long.class,
                payloadType);
        return count == null ? 0 : count;
    }
}
