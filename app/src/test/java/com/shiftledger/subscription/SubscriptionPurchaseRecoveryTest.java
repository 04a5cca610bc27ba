package com.shiftledger.subscription;

import com.fasterxml.jackson.databind.JsonNode;
import com.shiftledger.api.money.Account;
import com.shiftledger.api.money.Money;
import com.shiftledger.api.money.TransactionCategory;
import com.shiftledger.api.subscription.FindSubscriptionPlanQuery;
import com.shiftledger.api.subscription.HospitalSubscriptionId;
import com.shiftledger.api.subscription.RequestSubscriptionPurchaseCommand;
import com.shiftledger.api.subscription.SubscriptionPlanId;
import com.shiftledger.api.subscription.SubscriptionPlanView;
import com.shiftledger.api.wallet.DebitOutcome;
import com.shiftledger.api.wallet.DebitWalletCommand;
import com.shiftledger.api.wallet.WalletId;
import com.shiftledger.support.Api;
import com.shiftledger.support.IntegrationTest;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A subscription purchase cut between its payment and its recording (the application stopped after the wallet paid,
 * before the subscription was written) is carried to its end when the purchase process runs again: the request was
 * stored as an event before any money moved, the wallet answers the payment it already made, and the subscription
 * is recorded once. Nothing is paid twice and nothing paid is lost.
 */
class SubscriptionPurchaseRecoveryTest extends IntegrationTest {

    private static final String PLANS = "/api/v1/admin/finance/subscription-plans";

    @Autowired
    private EventProcessingConfiguration processing;

    @Autowired
    private QueryGateway queries;

    @Test
    void aPurchasePaidButNotYetRecordedIsRecordedOnceWhenTheProcessRunsAgain() {
        String admin = adminToken();
        Api.Response created = api.post(PLANS, admin, plan("Recovery " + unique()));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        SubscriptionPlanId planId = new SubscriptionPlanId(created.data().path("id").asLong());
        SubscriptionPlanView plan = await().atMost(Duration.ofSeconds(10)).until(() -> queries.query(
                new FindSubscriptionPlanQuery(planId), SubscriptionPlanView.class).join(), found -> found != null);
        Party hospital = registerHospital();
        topUp(hospital, "5000");
        Money price = plan.terms().priceFor(1);
        String reference = "request:recovery:" + UUID.randomUUID();

        StreamingEventProcessor purchases = processing.eventProcessor("subscription-purchase",
                StreamingEventProcessor.class).orElseThrow();
        purchases.shutDown();
        try {
            // the request is stored, and the process's first step (the payment) is made; then the process stops
            commands.sendAndWait(new RequestSubscriptionPurchaseCommand(new HospitalSubscriptionId(
                    hospital.profileId()), planId, plan.terms(), 1, price, new WalletId(hospital.walletId()),
                    reference, "Asia/Kolkata", Instant.now()));
            DebitOutcome paid = commands.sendAndWait(new DebitWalletCommand(new WalletId(hospital.walletId()), price,
                    Account.PLATFORM_REVENUE, TransactionCategory.SUBSCRIPTION, reference, "Subscription"));
            assertThat(paid).isInstanceOf(DebitOutcome.Paid.class);
            awaitWallet(hospital, hospital.walletPath(), "4001.00");
            assertThat(api.get("/api/v1/hospital/subscription", hospital.token()).data().path("plan").path("name")
                    .asText()).as("not recorded while the process is stopped").isEqualTo("Free");
        } finally {
            purchases.start();
        }

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(api.get(
                "/api/v1/hospital/subscription", hospital.token()).data().path("plan").path("name").asText())
                .isEqualTo(plan.terms().name()));
        assertThat(wallet(hospital).path("balance").decimalValue()).as("paid once").isEqualByComparingTo("4001.00");
        JsonNode history = api.get("/api/v1/hospital/transactions?category=subscription", hospital.token()).data();
        assertThat(history.toString().split("\"category\":\"subscription\"", -1)).as(history.toString())
                .hasSize(2);
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ? "
                + "and payload_type like '%HospitalSubscribedEvent'", Long.class,
                new HospitalSubscriptionId(hospital.profileId()).toString())).as("recorded once").isEqualTo(1);
        awaitCleanAudit(admin);
    }

    @Test
    void theEndOfTheTermIsAPersistentDeadlineThatExpiresTheSubscription() {
        String admin = adminToken();
        Api.Response created = api.post(PLANS, admin, plan("Expiring " + unique()));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        long planId = created.data().path("id").asLong();
        Party hospital = registerHospital();
        topUp(hospital, "2000");
        Api.Response subscribed = api.post("/api/v1/hospital/subscription/subscribe", hospital.token(),
                Map.of("plan_id", planId, "duration_months", 1));
        assertThat(subscribed.status()).as(subscribed.body().toString()).isEqualTo(200);
        String scope = new HospitalSubscriptionId(hospital.profileId()).toString();
        String deadline = "select task_instance from scheduled_tasks where task_name = 'AxonDeadline' "
                + "and position(convert_to(?, 'UTF8') in task_data) > 0";
        assertThat(jdbc.queryForList(deadline, String.class, scope)).as("one expiry deadline, kept in the database")
                .hasSize(1);

        // the month passes: db-scheduler runs the deadline once its time has come
        jdbc.update("update scheduled_tasks set execution_time = now() where task_name = 'AxonDeadline' "
                + "and position(convert_to(?, 'UTF8') in task_data) > 0", scope);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "select count(*) from domain_event_entry where aggregate_identifier = ? "
                        + "and payload_type like '%HospitalSubscriptionExpiredEvent'", Long.class, scope))
                .isEqualTo(1));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(api.get("/api/v1/common/notifications",
                hospital.token()).body().toString()).contains("Subscription expired"));
        assertThat(jdbc.queryForList(deadline, String.class, scope)).isEmpty();
    }

    private static Map<String, Object> plan(String name) {
        Map<String, Object> plan = new HashMap<>();
        plan.put("name", name);
        plan.put("price_per_month", new BigDecimal("999"));
        plan.put("shift_limit", null);
        plan.put("roster_limit", null);
        plan.put("vacancy_limit", null);
        plan.put("sos_limit", 5);
        plan.put("discount_6_months_percent", 0);
        plan.put("discount_12_months_percent", 0);
        return plan;
    }
}
