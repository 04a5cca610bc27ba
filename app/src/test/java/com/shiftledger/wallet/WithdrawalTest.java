package com.shiftledger.wallet;

import com.fasterxml.jackson.databind.JsonNode;
import com.shiftledger.support.Api;
import com.shiftledger.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.shiftledger.support.Concurrently.concurrently;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Withdrawals on PostgreSQL: the amount is reserved at once and never more than there is, then paid or returned. */
class WithdrawalTest extends IntegrationTest {

    private static final int CONCURRENT_REQUESTS = 50;

    @Test
    void fiftyConcurrentWithdrawalsNeverOverdrawTheWallet() throws Exception {
        Party hospital = registerHospital();
        topUp(hospital, "1000");

        List<Api.Response> responses = concurrently(CONCURRENT_REQUESTS, () -> withdraw(hospital, "100"));

        List<Api.Response> accepted = responses.stream().filter(r -> r.status() == 200).toList();
        List<Api.Response> refused = responses.stream().filter(r -> r.status() == 402).toList();
        assertThat(accepted).hasSize(10);
        assertThat(refused).hasSize(40);
        assertThat(accepted).allSatisfy(ok -> {
            assertThat(ok.text("data.status")).isEqualTo("pending");
            assertThat(ok.data().path("amount").decimalValue()).isEqualByComparingTo("100");
        });
        assertThat(accepted.stream().map(ok -> ok.data().path("id").asLong()).distinct()).hasSize(10);
        assertThat(refused).allSatisfy(insufficient -> {
            assertThat(insufficient.body().path("success").asBoolean()).isFalse();
            assertThat(insufficient.text("message")).isNotBlank();
            assertThat(insufficient.body().path("required_amount").decimalValue()).isEqualByComparingTo("100");
            assertThat(insufficient.body().path("current_balance").decimalValue()).isEqualByComparingTo("0");
        });
        assertThat(eventCount(hospital, "WithdrawalRequestedEvent")).isEqualTo(10);

        awaitBalances(hospital, "0", "1000");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Api.Response history = api.get("/api/v1/hospital/transactions?per_page=100", hospital.token());
            assertThat(history.data()).hasSize(11);
            assertThat(history.data()).allSatisfy(transaction ->
                    assertThat(transaction.path("balance_after").decimalValue()).isNotNegative());
        });
        JsonNode report = awaitCleanAudit(adminToken());
        assertThat(report.path("events_checked").asLong()).isPositive();
    }

    @Test
    void approvingPaysTheReservedAmountOutToTheBank() {
        Party hospital = registerHospital();
        topUp(hospital, "1000");
        long withdrawalId = requestWithdrawal(hospital, "400");
        String admin = adminToken();

        Api.Response approved = process(admin, withdrawalId, "approve");

        assertThat(approved.status()).as(approved.body().toString()).isEqualTo(200);
        assertThat(approved.body().path("success").asBoolean()).isTrue();
        assertThat(approved.data().path("id").asLong()).isEqualTo(withdrawalId);
        assertThat(approved.text("data.status")).isEqualTo("approved");
        assertThat(approved.data().path("amount").decimalValue()).isEqualByComparingTo("400");
        awaitBalances(hospital, "600", "0");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode withdrawal = withdrawalOf(hospital, withdrawalId);
            assertThat(withdrawal.path("status").asText()).isEqualTo("approved");
            assertThat(withdrawal.path("processed_at").isNull()).isFalse();
            assertThat(journalLine("payouts:bank", "withdrawal:" + withdrawalId)).isEqualTo(40_000L);
            assertThat(journalLine("withdrawal:" + withdrawalId, hospital.account())).isEqualTo(40_000L);
        });
        Api.Response history = api.get("/api/v1/hospital/transactions?category=withdrawal", hospital.token());
        assertThat(history.data()).hasSize(1);
        assertThat(history.data().get(0).path("type").asText()).isEqualTo("debit");
        assertThat(history.data().get(0).path("status").asText()).isEqualTo("completed");
        awaitCleanAudit(admin);
    }

    @Test
    void rejectingReturnsTheReservedAmountToTheWallet() {
        Party hospital = registerHospital();
        topUp(hospital, "1000");
        long withdrawalId = requestWithdrawal(hospital, "250.50");
        String admin = adminToken();
        awaitBalances(hospital, "749.50", "250.50");

        Api.Response rejected = process(admin, withdrawalId, "reject");

        assertThat(rejected.status()).as(rejected.body().toString()).isEqualTo(200);
        assertThat(rejected.text("data.status")).isEqualTo("rejected");
        awaitBalances(hospital, "1000", "0");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Api.Response history = api.get("/api/v1/hospital/transactions?category=withdrawal", hospital.token());
            assertThat(history.data()).hasSize(2);
            JsonNode debit = only(history.data(), "debit");
            JsonNode credit = only(history.data(), "credit");
            assertThat(debit.path("status").asText()).isEqualTo("failed");
            assertThat(debit.path("amount").decimalValue()).isEqualByComparingTo("250.50");
            assertThat(credit.path("status").asText()).isEqualTo("completed");
            assertThat(credit.path("amount").decimalValue()).isEqualByComparingTo("250.50");
            assertThat(credit.path("balance_after").decimalValue()).isEqualByComparingTo("1000");
            assertThat(credit.path("transaction_id").asText()).isNotEqualTo(debit.path("transaction_id").asText());
            assertThat(withdrawalOf(hospital, withdrawalId).path("status").asText()).isEqualTo("rejected");
        });
        awaitCleanAudit(admin);
    }

    @Test
    void aProcessedWithdrawalCannotBeProcessedTheOtherWay() {
        Party hospital = registerHospital();
        topUp(hospital, "1000");
        long approvedId = requestWithdrawal(hospital, "100");
        long rejectedId = requestWithdrawal(hospital, "200");
        String admin = adminToken();
        assertThat(process(admin, approvedId, "approve").status()).isEqualTo(200);
        assertThat(process(admin, rejectedId, "reject").status()).isEqualTo(200);

        Api.Response rejectApproved = process(admin, approvedId, "reject");
        Api.Response approveRejected = process(admin, rejectedId, "approve");

        assertThat(rejectApproved.status()).isEqualTo(409);
        assertThat(rejectApproved.body().path("success").asBoolean()).isFalse();
        assertThat(rejectApproved.text("message")).isNotBlank();
        assertThat(approveRejected.status()).isEqualTo(409);
        assertThat(eventCount(hospital, "WithdrawalApprovedEvent")).isEqualTo(1);
        assertThat(eventCount(hospital, "WithdrawalRejectedEvent")).isEqualTo(1);
        awaitBalances(hospital, "900", "0");
        awaitCleanAudit(admin);
    }

    @Test
    void aProfessionalWithdrawsEarningsAndIsToldTheNewBalance() {
        Party hospital = registerHospital();
        Party professional = registerProfessional("nurse");
        topUp(hospital, "2000");

        Api.Response broke = withdraw(professional, "100");
        payProfessional(hospital, professional, "1500");
        Api.Response requested = withdraw(professional, "600");

        assertThat(broke.status()).isEqualTo(402);
        assertThat(broke.body().path("success").asBoolean()).isFalse();
        assertThat(broke.body().path("required_amount").decimalValue()).isEqualByComparingTo("100");
        assertThat(broke.body().path("current_balance").decimalValue()).isEqualByComparingTo("0");
        assertThat(requested.status()).as(requested.body().toString()).isEqualTo(200);
        assertThat(requested.text("message")).isEqualTo("Withdrawal request submitted");
        assertThat(requested.data().path("request_id").asLong()).isPositive();
        assertThat(requested.data().path("amount").decimalValue()).isEqualByComparingTo("600");
        assertThat(requested.text("data.status")).isEqualTo("pending");
        assertThat(requested.data().path("new_balance").decimalValue()).isEqualByComparingTo("900");
        awaitBalances(professional, "900", "600");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Api.Response withdrawals = api.get("/api/v1/professional/wallet/withdrawals", professional.token());
            assertThat(withdrawals.data().path("data")).hasSize(1);
            assertThat(withdrawals.data().path("data").get(0).path("id").asLong())
                    .isEqualTo(requested.data().path("request_id").asLong());
        });
        awaitCleanAudit(adminToken());
    }

    @Test
    void aHospitalsBankTransferNeedsTheBankDetails() {
        Party hospital = registerHospital();
        topUp(hospital, "1000");

        Api.Response missing = api.post("/api/v1/hospital/wallet/withdraw", hospital.token(),
                Map.of("amount", 100, "payment_method", "bank_transfer"));
        Api.Response complete = api.post("/api/v1/hospital/wallet/withdraw", hospital.token(), Map.of(
                "amount", 100, "payment_method", "bank_transfer", "bank_name", "State Bank of India",
                "account_number", "12345678901", "ifsc_code", "sbin0001234", "account_holder_name", "City Hospital"));

        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.body().path("success").asBoolean()).isFalse();
        assertThat(missing.body().path("errors").path("bank_name").get(0).asText()).isNotBlank();
        assertThat(missing.body().path("errors").path("account_number").get(0).asText()).isNotBlank();
        assertThat(missing.body().path("errors").path("ifsc_code").get(0).asText()).isNotBlank();
        assertThat(complete.status()).as(complete.body().toString()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode withdrawal = withdrawalOf(hospital, complete.data().path("id").asLong());
            assertThat(withdrawal.path("payment_method").asText()).isEqualTo("bank_transfer");
            assertThat(withdrawal.path("bank_name").asText()).isEqualTo("State Bank of India");
            // its owner sees the account number masked; the admin processing it sees it whole (see PayoutDetailsTest)
            assertThat(withdrawal.path("account_number").asText()).isEqualTo("XXXXXXX8901");
            assertThat(withdrawal.path("ifsc_code").asText()).isEqualTo("SBIN0001234");
        });
        assertThat(eventCount(hospital, "WithdrawalRequestedEvent")).isEqualTo(1);
    }

    @Test
    void theWithdrawalHistoryHasTheSeedsPaginatorShape() {
        Party hospital = registerHospital();
        topUp(hospital, "1000");
        long first = requestWithdrawal(hospital, "100");
        long second = requestWithdrawal(hospital, "150");
        long third = requestWithdrawal(hospital, "200");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Api.Response page = api.get("/api/v1/hospital/wallet/withdrawals", hospital.token());
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body().path("success").asBoolean()).isTrue();
            assertThat(page.data().path("current_page").asInt()).isEqualTo(1);
            assertThat(page.data().path("total").asLong()).isEqualTo(3);
            assertThat(page.data().path("data").isArray()).isTrue();
            List<Long> ids = new ArrayList<>();
            page.data().path("data").forEach(w -> ids.add(w.path("id").asLong()));
            assertThat(ids).containsExactly(third, second, first);
            JsonNode newest = page.data().path("data").get(0);
            assertThat(newest.path("amount").decimalValue()).isEqualByComparingTo("200");
            assertThat(newest.path("status").asText()).isEqualTo("pending");
            assertThat(newest.path("payment_method").asText()).isEqualTo("upi");
            assertThat(newest.path("upi_id").asText()).isEqualTo("XXXXXXXXXXal@okaxis");
        });
        Api.Response secondPage = api.get("/api/v1/hospital/wallet/withdrawals?per_page=2&page=2", hospital.token());
        assertThat(secondPage.data().path("current_page").asInt()).isEqualTo(2);
        assertThat(secondPage.data().path("per_page").asInt()).isEqualTo(2);
        assertThat(secondPage.data().path("last_page").asInt()).isEqualTo(2);
        assertThat(secondPage.data().path("data")).hasSize(1);
        assertThat(secondPage.data().path("data").get(0).path("id").asLong()).isEqualTo(first);
    }

    private JsonNode withdrawalOf(Party hospital, long withdrawalId) {
        Api.Response page = api.get("/api/v1/hospital/wallet/withdrawals?per_page=100", hospital.token());
        for (JsonNode withdrawal : page.data().path("data")) {
            if (withdrawal.path("id").asLong() == withdrawalId) {
                return withdrawal;
            }
        }
        throw new AssertionError("Withdrawal " + withdrawalId + " is not listed: " + page.body());
    }

    /** The journal's line on {@code account} against {@code counterAccount}, in paise (0 when there is none). */
    private long journalLine(String account, String counterAccount) {
        Long paise = jdbc.queryForObject("select coalesce(sum(amount_paise), 0) from journal_line "
                + "where account = ? and counter_account = ?", Long.class, account, counterAccount);
        return paise == null ? 0 : paise;
    }

    private static JsonNode only(JsonNode transactions, String type) {
        List<JsonNode> matching = new ArrayList<>();
        transactions.forEach(t -> {
            if (t.path("type").asText().equals(type)) {
                matching.add(t);
            }
        });
        assertThat(matching).as(transactions.toString()).hasSize(1);
        return matching.get(0);
    }
}
