package com.shiftledger.shift;

import com.fasterxml.jackson.databind.JsonNode;
import com.shiftledger.ShiftLedgerApplication;
import com.shiftledger.support.Api;
import com.shiftledger.support.IntegrationTest;
import com.shiftledger.support.PostgresTestDatabase;
import com.shiftledger.support.ShiftScenarios;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The refund hold period is a persistent deadline: a refund waiting when the application stops is released
 * once after it starts again, and two instances on one database release it once between them.
 */
class RefundReleaseAcrossRestartsTest {

    private static final Duration HOLD = Duration.ofSeconds(6);
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
                        "--shiftledger.refund.hold-period=" + HOLD,
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
    void aRefundWaitingWhileTheApplicationIsDownIsReleasedOnceAfterItStarts() {
        String database = PostgresTestDatabase.createDatabase("restart");
        ConfigurableApplicationContext first = start(database);
        Api api = api(first);
        Hospital hospital = fundedHospitalWithCancelledShift(api);
        Instant cancelledAt = Instant.now();
        first.close();
        running.remove(first);

        await().pollDelay(HOLD.plusSeconds(1)).atMost(HOLD.plusSeconds(5)).until(() -> true);
        assertThat(Duration.between(cancelledAt, Instant.now())).isGreaterThan(HOLD);
        ConfigurableApplicationContext second = start(database);
        Api restarted = api(second);

        // ₹10000 topped up, ₹1100 funded and cancelled: ₹8900 + the ₹990 refund
        awaitBalance(restarted, hospital.token(), "9890.00");
        assertOneRefundCredit(second, restarted, hospital.token());
    }

    @Test
    void twoInstancesOnOneDatabaseReleaseARefundOnce() {
        String database = PostgresTestDatabase.createDatabase("twonodes");
        ConfigurableApplicationContext first = start(database);
        ConfigurableApplicationContext second = start(database);
        Api api = api(first);
        Hospital hospital = fundedHospitalWithCancelledShift(api);

        awaitBalance(api(second), hospital.token(), "9890.00");
        await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> true);
        assertOneRefundCredit(first, api, hospital.token());
        assertOneRefundCredit(second, api(second), hospital.token());
    }

    private record Hospital(String token) {
    }

    /** ₹10000 topped up; a ₹1000 fixed shift (₹1100 with service charge) published and cancelled: ₹990 refund. */
    private static Hospital fundedHospitalWithCancelledShift(Api api) {
        String email = "restart-" + System.nanoTime() + "@shiftledger.test";
        Api.Response registered = api.post("/api/v1/auth/register", null, Map.of("name", "Restart Hospital",
                "email", email, "password", "Secret@123", "password_confirmation", "Secret@123",
                "user_type", "hospital"));
        assertThat(registered.status()).isEqualTo(201);
        String token = registered.text("data.token");
        Api.Response order = api.post("/api/v1/hospital/wallet/create-topup-order", token, Map.of("amount", 10000));
        String orderId = order.text("data.order_id");
        Api.Response paid = api.post("/api/v1/hospital/wallet/verify-topup-payment", token, Map.of(
                "razorpay_order_id", orderId, "razorpay_payment_id", "pay_restart",
                "razorpay_signature", IntegrationTest.paymentSignature(orderId, "pay_restart"), "amount", 10000));
        assertThat(paid.status()).isEqualTo(200);
        Map<String, Object> shift = new java.util.HashMap<>(ShiftScenarios.futureShift("nurse", "fixed", "1000", 1));
        shift.put("status", "published");
        Api.Response created = api.post("/api/v1/hospital/shifts", token, shift);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        long shiftId = created.data().path("id").asLong();
        Api.Response cancelled = api.post("/api/v1/hospital/shifts/" + shiftId + "/cancel", token,
                Map.of("reason", "Not needed"));
        assertThat(cancelled.status()).as(cancelled.body().toString()).isEqualTo(200);
        assertThat(cancelled.body().path("refund_details").path("refund_amount").decimalValue())
                .isEqualByComparingTo("990.00");
        return new Hospital(token);
    }

    private static void awaitBalance(Api api, String token, String balance) {
        await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            JsonNode wallet = api.get("/api/v1/hospital/wallet", token).data().path("wallet");
            assertThat(wallet.path("balance").decimalValue()).isEqualByComparingTo(balance);
        });
    }

    private static void assertOneRefundCredit(ConfigurableApplicationContext context, Api api, String token) {
        JsonNode history = api.get("/api/v1/hospital/transactions?category=refund", token).data();
        assertThat(history).hasSize(1);
        assertThat(history.get(0).path("amount").decimalValue()).isEqualByComparingTo(new BigDecimal("990.00"));
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        Integer credits = jdbc.queryForObject("select count(*) from domain_event_entry "
                + "where payload_type = 'com.shiftledger.api.wallet.WalletCreditedEvent'", Integer.class);
        assertThat(credits).isEqualTo(1);
    }
}
