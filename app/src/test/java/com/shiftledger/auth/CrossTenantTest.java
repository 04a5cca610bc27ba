package com.shiftledger.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.shiftledger.support.Api;
import com.shiftledger.support.IntegrationTest;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Every caller sees and moves only their own money: another tenant's object is as good as missing. */
class CrossTenantTest extends IntegrationTest {

    private static final List<String> HOSPITAL_ENDPOINTS = List.of(
            "GET /api/v1/hospital/wallet",
            "GET /api/v1/hospital/transactions",
            "GET /api/v1/hospital/wallet/withdrawals",
            "POST /api/v1/hospital/wallet/create-topup-order",
            "POST /api/v1/hospital/wallet/verify-topup-payment",
            "POST /api/v1/hospital/wallet/withdraw");
    private static final List<String> PROFESSIONAL_ENDPOINTS = List.of(
            "GET /api/v1/professional/wallet",
            "GET /api/v1/professional/wallet/withdrawals",
            "POST /api/v1/professional/wallet/withdraw");
    private static final List<String> ADMIN_ENDPOINTS = List.of(
            "GET /api/v1/admin/finance",
            "GET /api/v1/admin/finance/transactions",
            "GET /api/v1/admin/finance/withdrawals",
            "POST /api/v1/admin/finance/withdrawals/1/process",
            "GET /api/v1/admin/ledger/accounts",
            "GET /api/v1/admin/audit/verify");

    @Test
    void aHospitalCannotVerifyAnotherHospitalsOrder() {
        Party owner = registerHospital();
        Party other = registerHospital();
        String orderId = createOrder(owner, "1200");
        String paymentId = "pay_" + unique();
        Map<String, Object> verify = Map.of("razorpay_order_id", orderId, "razorpay_payment_id", paymentId,
                "razorpay_signature", paymentSignature(orderId, paymentId), "amount", 1200);
        WalletState ownerBefore = stateOf(owner);
        WalletState otherBefore = stateOf(other);

        Api.Response pending = api.post("/api/v1/hospital/wallet/verify-topup-payment", other.token(),
                Map.of("razorpay_order_id", orderId, "amount", 1200));
        Api.Response complete = api.post("/api/v1/hospital/wallet/verify-topup-payment", other.token(), verify);

        assertThat(pending.status()).isEqualTo(404);
        assertThat(complete.status()).isEqualTo(404);
        assertThat(complete.body().path("success").asBoolean()).isFalse();
        assertThat(complete.text("message")).isNotBlank();
        assertThat(stateOf(owner)).isEqualTo(ownerBefore);
        assertThat(stateOf(other)).isEqualTo(otherBefore);
        Api.Response byOwner = api.post("/api/v1/hospital/wallet/verify-topup-payment", owner.token(), verify);
        assertThat(byOwner.status()).isEqualTo(200);
        awaitWallet(owner, "/api/v1/hospital/wallet", "1200");
        assertThat(wallet(other).path("balance").decimalValue()).isEqualByComparingTo("0");
    }

    @Test
    void eachRoleIsKeptToItsOwnEndpoints() {
        Party hospital = registerHospital();
        Party professional = registerProfessional("paramedic");
        String admin = adminToken();

        SoftAssertions softly = new SoftAssertions();
        for (String endpoint : HOSPITAL_ENDPOINTS) {
            assertForbidden(softly, endpoint, professional.token());
            assertForbidden(softly, endpoint, admin);
        }
        for (String endpoint : PROFESSIONAL_ENDPOINTS) {
            assertForbidden(softly, endpoint, hospital.token());
            assertForbidden(softly, endpoint, admin);
        }
        for (String endpoint : ADMIN_ENDPOINTS) {
            assertForbidden(softly, endpoint, hospital.token());
            assertForbidden(softly, endpoint, professional.token());
        }
        softly.assertAll();
    }

    @Test
    void withoutAValidTokenNothingIsAnswered() {
        Party hospital = registerHospital();
        Api.Response logout = api.post("/api/v1/auth/logout", hospital.token(), Map.of());
        assertThat(logout.status()).isEqualTo(200);
        String tokenId = hospital.token().substring(0, hospital.token().indexOf('|'));
        List<String> badTokens = Arrays.asList(null, "", "garbage", "1|", "|secret", "abc|secret",
                "99999999999999999999|secret", tokenId + "|" + "x".repeat(40), hospital.token());

        SoftAssertions softly = new SoftAssertions();
        for (String token : badTokens) {
            for (String endpoint : List.of("GET /api/v1/hospital/wallet", "POST /api/v1/hospital/wallet/withdraw",
                    "GET /api/v1/admin/finance", "GET /api/v1/auth/profile", "POST /api/v1/auth/logout")) {
                Api.Response response = call(endpoint, token);
                String description = endpoint + " with token " + token + " -> " + response.status() + " "
                        + response.body();
                softly.assertThat(response.status()).as(description).isEqualTo(401);
                softly.assertThat(response.body().path("success").isBoolean()
                        && !response.body().path("success").asBoolean()).as(description).isTrue();
                softly.assertThat(response.text("message")).as(description).isNotBlank();
            }
        }
        Api.Response basic = api.get("/api/v1/hospital/wallet", null, Map.of("Authorization", "Basic YTpi"));
        softly.assertThat(basic.status()).as("basic authentication").isEqualTo(401);
        softly.assertAll();
    }

    @Test
    void aHospitalsListsNeverShowAnotherHospitalsMoney() {
        Party first = registerHospital();
        Party second = registerHospital();
        topUp(first, "1000");
        topUp(second, "2000");
        long firstWithdrawal = requestWithdrawal(first, "100");
        long secondWithdrawal = requestWithdrawal(second, "200");
        awaitBalances(first, "900", "100");
        awaitBalances(second, "1800", "200");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Set<String> firstTransactions = transactionIds(first);
            Set<String> secondTransactions = transactionIds(second);
            assertThat(firstTransactions).hasSize(2);
            assertThat(secondTransactions).hasSize(2).doesNotContainAnyElementsOf(firstTransactions);
            assertThat(withdrawalIds(first)).containsExactly(firstWithdrawal);
            assertThat(withdrawalIds(second)).containsExactly(secondWithdrawal);
        });
        for (JsonNode withdrawal : api.get("/api/v1/hospital/wallet/withdrawals", second.token()).data()
                .path("data")) {
            assertThat(withdrawal.path("wallet_id").asLong()).isEqualTo(second.walletId());
            assertThat(withdrawal.path("owner_id").asLong()).isEqualTo(second.profileId());
        }
        for (JsonNode transaction : api.get("/api/v1/hospital/transactions?type=credit", second.token()).data()) {
            assertThat(transaction.path("amount").decimalValue()).isEqualByComparingTo(new BigDecimal("2000"));
        }
    }

    private Set<String> transactionIds(Party hospital) {
        Set<String> ids = new HashSet<>();
        api.get("/api/v1/hospital/transactions?per_page=100", hospital.token()).data()
                .forEach(t -> ids.add(t.path("transaction_id").asText()));
        return ids;
    }

    private List<Long> withdrawalIds(Party hospital) {
        List<Long> ids = new ArrayList<>();
        api.get("/api/v1/hospital/wallet/withdrawals?per_page=100", hospital.token()).data().path("data")
                .forEach(w -> ids.add(w.path("id").asLong()));
        return ids;
    }

    private void assertForbidden(SoftAssertions softly, String endpoint, String token) {
        Api.Response response = call(endpoint, token);
        String description = endpoint + " -> " + response.status() + " " + response.body();
        softly.assertThat(response.status()).as(description).isEqualTo(403);
        softly.assertThat(response.body().path("success").isBoolean() && !response.body().path("success").asBoolean())
                .as(description).isTrue();
        softly.assertThat(response.text("message")).as(description).isNotBlank();
    }

    private Api.Response call(String endpoint, String token) {
        String[] methodAndPath = endpoint.split(" ");
        return methodAndPath[0].equals("GET")
                ? api.get(methodAndPath[1], token)
                : api.post(methodAndPath[1], token, upiWithdrawal("100"));
    }
}
