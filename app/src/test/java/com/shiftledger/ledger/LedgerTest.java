package com.shiftledger.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.shiftledger.support.Api;
import com.shiftledger.support.IntegrationTest;
import com.shiftledger.support.PostgresTestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The double-entry ledger after top-ups, withdrawals and a shift payment by several hospitals and a professional.
 * It runs on a database of its own, so the ledger holds exactly the money moved here and every account can be
 * checked against the posting rules of ledger-model.md.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LedgerTest extends IntegrationTest {

    private static final String LEDGER_DATABASE = PostgresTestDatabase.createDatabase("ledger");

    private Party city;
    private Party apollo;
    private Party metro;
    private Party nurse;
    private String admin;
    private long cityPaidOut;
    private long cityReturned;
    private long apolloPending;
    private long metroPaidOut;
    private long nursePaidOut;
    private String shift;

    @DynamicPropertySource
    static void ledgerOfItsOwn(DynamicPropertyRegistry registry) {
        registry.add(OWN_DATABASE_URL, () -> LEDGER_DATABASE);
    }

    @BeforeAll
    void moveMoney() {
        connect();
        assertThat(LEDGER_DATABASE).endsWith("/" + jdbc.queryForObject("select current_database()", String.class));
        admin = adminToken();
        city = registerHospital();
        apollo = registerHospital();
        metro = registerHospital();
        nurse = registerProfessional("nurse");

        topUp(city, "1500");
        topUp(city, "2500.50");
        cityPaidOut = requestWithdrawal(city, "500");
        cityReturned = requestWithdrawal(city, "200.25");
        assertThat(process(admin, cityPaidOut, "approve").status()).isEqualTo(200);
        assertThat(process(admin, cityReturned, "reject").status()).isEqualTo(200);

        topUp(apollo, "1000");
        apolloPending = requestWithdrawal(apollo, "300");
        shift = payProfessional(apollo, nurse, "250");
        nursePaidOut = requestWithdrawal(nurse, "150");
        assertThat(process(admin, nursePaidOut, "approve").status()).isEqualTo(200);

        topUp(metro, "700");
        String unpaidOrder = createOrder(metro, "300");
        assertThat(api.post("/api/v1/hospital/wallet/verify-topup-payment", metro.token(),
                Map.of("razorpay_order_id", unpaidOrder, "amount", 300)).status()).isEqualTo(200);
        metroPaidOut = requestWithdrawal(metro, "100");
        assertThat(process(admin, metroPaidOut, "approve").status()).isEqualTo(200);

        awaitBalances(city, "3500.50", "0");
        awaitBalances(apollo, "450", "300");
        awaitBalances(metro, "600", "0");
        awaitBalances(nurse, "100", "0");
    }

    @Test
    void everyAccountHoldsWhatThePostingRulesSay() {
        Map<String, BigDecimal> expected = new HashMap<>();
        expected.put("gateway:razorpay", new BigDecimal("-5700.50"));
        expected.put(city.account(), new BigDecimal("3500.50"));
        expected.put(apollo.account(), new BigDecimal("450"));
        expected.put(metro.account(), new BigDecimal("600"));
        expected.put(nurse.account(), new BigDecimal("100"));
        expected.put("withdrawal:" + apolloPending, new BigDecimal("300"));
        expected.put("payouts:bank", new BigDecimal("750"));
        Set<String> settled = Set.of("withdrawal:" + cityPaidOut, "withdrawal:" + cityReturned,
                "withdrawal:" + metroPaidOut, "withdrawal:" + nursePaidOut, shift);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Api.Response ledger = api.get("/api/v1/admin/ledger/accounts", admin);
            assertThat(ledger.status()).isEqualTo(200);
            Map<String, BigDecimal> accounts = new HashMap<>();
            ledger.data().path("accounts").forEach(a -> accounts.put(a.path("account").asText(),
                    a.path("balance").decimalValue()));
            assertThat(accounts.keySet()).as(accounts.toString()).containsAll(expected.keySet()).containsAll(settled);
            assertThat(nonZero(accounts)).isEqualTo(nonZero(expected));
            assertThat(ledger.data().path("sum").decimalValue()).isEqualByComparingTo("0");
        });
    }

    @Test
    void theAuditOfTheEventStoreFindsNoViolation() {
        JsonNode report = awaitCleanAudit(admin);

        Long events = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        assertThat(report.path("ok").asBoolean()).isTrue();
        assertThat(report.path("violations")).isEmpty();
        assertThat(report.path("events_checked").asLong()).isEqualTo(events);
    }

    @Test
    void theFinanceOverviewTotalsWhatCameInWentOutAndWaits() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Api.Response finance = api.get("/api/v1/admin/finance", admin);
            assertThat(finance.status()).isEqualTo(200);
            JsonNode totals = finance.data();
            assertThat(totals.path("hospital_wallets_balance").decimalValue()).isEqualByComparingTo("4550.50");
            assertThat(totals.path("professional_wallets_balance").decimalValue()).isEqualByComparingTo("100");
            assertThat(totals.path("total_topups").decimalValue()).isEqualByComparingTo("5700.50");
            assertThat(totals.path("total_withdrawals_paid").decimalValue()).isEqualByComparingTo("750");
            assertThat(totals.path("pending_withdrawals_count").asLong()).isEqualTo(1);
            assertThat(totals.path("pending_withdrawals_amount").decimalValue()).isEqualByComparingTo("300");
            assertThat(totals.path("platform_revenue").decimalValue()).isEqualByComparingTo("0");
            assertThat(totals.path("shift_escrow_balance").decimalValue()).isEqualByComparingTo("0");
            assertThat(totals.path("pending_refunds_balance").decimalValue()).isEqualByComparingTo("0");
            assertThat(totals.path("transactions_count").asLong()).isEqualTo(13);
        });
    }

    @Test
    void adminTransactionsFilterByTypeAndStatus() {
        Set<String> expectedCredits = new HashSet<>();
        for (Party hospital : new Party[] {city, apollo, metro}) {
            api.get("/api/v1/hospital/transactions?type=credit", hospital.token()).data().forEach(t -> {
                if (t.path("status").asText().equals("completed")) {
                    expectedCredits.add(t.path("transaction_id").asText());
                }
            });
        }
        api.get(nurse.walletPath(), nurse.token()).data().path("recent_transactions").forEach(t -> {
            if (t.path("type").asText().equals("credit")) {
                expectedCredits.add(t.path("transaction_id").asText());
            }
        });
        assertThat(expectedCredits).hasSize(6);

        Api.Response credits = api.get("/api/v1/admin/finance/transactions?type=credit&status=completed&per_page=100",
                admin);
        Api.Response pendingDebits = api.get("/api/v1/admin/finance/transactions?type=debit&status=pending", admin);
        Api.Response failed = api.get("/api/v1/admin/finance/transactions?status=failed", admin);
        Api.Response refunds = api.get("/api/v1/admin/finance/transactions?type=refund", admin);
        Api.Response all = api.get("/api/v1/admin/finance/transactions?per_page=5&page=2", admin);

        assertThat(credits.status()).isEqualTo(200);
        assertThat(credits.data()).allSatisfy(t -> {
            assertThat(t.path("type").asText()).isEqualTo("credit");
            assertThat(t.path("status").asText()).isEqualTo("completed");
        });
        assertThat(ids(credits.data())).isEqualTo(expectedCredits);
        assertThat(credits.body().path("pagination").path("total").asLong()).isEqualTo(6);
        assertThat(pendingDebits.data()).hasSize(1);
        assertThat(pendingDebits.data().get(0).path("category").asText()).isEqualTo("withdrawal");
        assertThat(pendingDebits.data().get(0).path("reference_id").asText()).isEqualTo(String.valueOf(apolloPending));
        assertThat(pendingDebits.data().get(0).path("amount").decimalValue()).isEqualByComparingTo("300");
        assertThat(failed.data()).hasSize(1);
        assertThat(failed.data().get(0).path("reference_id").asText()).isEqualTo(String.valueOf(cityReturned));
        assertThat(refunds.data()).isEmpty();
        assertThat(all.body().path("pagination").path("total").asLong()).isEqualTo(13);
        assertThat(all.body().path("pagination").path("current_page").asInt()).isEqualTo(2);
        assertThat(all.body().path("pagination").path("last_page").asInt()).isEqualTo(3);
        assertThat(all.data()).hasSize(5);
    }

    private static Map<String, BigDecimal> nonZero(Map<String, BigDecimal> accounts) {
        return accounts.entrySet().stream().filter(a -> a.getValue().signum() != 0)
                .collect(Collectors.toMap(Map.Entry::getKey, a -> a.getValue().stripTrailingZeros()));
    }

    private static Set<String> ids(JsonNode transactions) {
        Set<String> ids = new HashSet<>();
        transactions.forEach(t -> ids.add(t.path("transaction_id").asText()));
        return ids;
    }
}
