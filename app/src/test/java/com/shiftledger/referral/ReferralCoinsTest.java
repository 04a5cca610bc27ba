package com.shiftledger.referral;

import com.fasterxml.jackson.databind.JsonNode;
import com.shiftledger.support.Api;
import com.shiftledger.support.Concurrently;
import com.shiftledger.support.IntegrationTest;
import com.shiftledger.support.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Referral coins on PostgreSQL, on a ledger of their own: an admin keeps the settings as events; a code given at
 * registration or applied later pays the referrer and the new user once (never oneself, never a second time, not
 * twice under concurrent applies); coins are redeemed into the wallet at the exchange rate, half-up to the paisa,
 * once per Idempotency-Key, never beyond what is held; and each unit of the ledger sums to 0 with a clean audit.
 */
class ReferralCoinsTest extends IntegrationTest {

    private static final String REFERRAL_DATABASE = PostgresTestDatabase.createDatabase("referral");
    private static final String SETTINGS = "/api/v1/admin/referrals/settings";
    private static final String APPLY = "/api/v1/common/referrals/apply";
    private static final String REDEEM = "/api/v1/common/referrals/redeem";

    @DynamicPropertySource
    static void ledgerOfItsOwn(DynamicPropertyRegistry registry) {
        registry.add(OWN_DATABASE_URL, () -> REFERRAL_DATABASE);
    }

    @Test
    void referralsPayBothOnceAndCoinsAreRedeemedIntoTheWallet() throws Exception {
        String admin = adminToken();
        JsonNode start = api.get("/api/v1/admin/ledger/accounts", admin).data();
        long issuedBefore = coinBalanceOf(start, "coins:platform");
        BigDecimal referralsBefore = balanceOf(start, "platform:referrals");
        JsonNode defaults = api.get(SETTINGS, admin).data();
        assertThat(defaults.path("referral_bonus").asLong()).isEqualTo(50);
        assertThat(defaults.path("referee_bonus").asLong()).isEqualTo(25);
        assertThat(defaults.path("coin_exchange_rate").decimalValue()).isEqualByComparingTo("1.0");
        refusesBadSettings(admin);
        // one coin is worth ₹0.125: 7 coins are ₹0.875, half-up ₹0.88
        Api.Response changed = api.post(SETTINGS, admin, Map.of("referral_bonus", 50, "referee_bonus", 25,
                "coin_exchange_rate", new BigDecimal("0.125")));
        assertThat(changed.status()).as(changed.body().toString()).isEqualTo(200);
        assertThat(changed.data().path("coin_exchange_rate").decimalValue()).isEqualByComparingTo("0.125");
        assertThat(api.get(SETTINGS, admin).data().path("coin_exchange_rate").decimalValue())
                .isEqualByComparingTo("0.125");

        // a hospital's code, given by a professional at registration: 50 coins to the hospital, 25 to the nurse
        Party hospital = registerHospital();
        JsonNode profile = api.get("/api/v1/auth/profile", hospital.token()).data();
        String code = profile.path("referral_code").asText();
        assertThat(code).matches("[A-Z2-9]{8}");
        assertThat(profile.path("coins").asLong()).isZero();
        assertThat(api.get("/api/v1/auth/profile", hospital.token()).data().path("referral_code").asText())
                .isEqualTo(code);
        Api.Response unknown = register("professional", "ZZZZZZZZ");
        assertThat(unknown.status()).as(unknown.body().toString()).isEqualTo(422);
        assertThat(unknown.body().path("errors").path("referral_code").isArray()).isTrue();
        Api.Response nurseRegistered = register("professional", code.toLowerCase());
        assertThat(nurseRegistered.status()).as(nurseRegistered.body().toString()).isEqualTo(201);
        String nurse = nurseRegistered.text("data.token");
        assertThat(api.get("/api/v1/auth/profile", nurse).data().path("coins").asLong()).isEqualTo(25);
        assertThat(api.get("/api/v1/professional/wallet", nurse).data().path("wallet").path("coins").asLong())
                .isEqualTo(25);
        awaitCoins(hospital.token(), 50);
        assertLedgerBalances(admin);

        // a code applied after registration pays both once; oneself, a second referral and the code of a user one
        // referred are refused
        String nurseCode = api.get("/api/v1/auth/profile", nurse).data().path("referral_code").asText();
        Api.Response circular = api.post(APPLY, hospital.token(), Map.of("referral_code", nurseCode));
        assertThat(circular.status()).as(circular.body().toString()).isEqualTo(422);
        assertThat(circular.body().path("errors").path("referral_code").get(0).asText())
                .isEqualTo("You cannot use the referral code of a user you referred.");
        Party clinic = registerHospital();
        Api.Response self = api.post(APPLY, hospital.token(), Map.of("referral_code", code));
        assertThat(self.status()).as(self.body().toString()).isEqualTo(422);
        assertThat(self.body().path("errors").path("referral_code").get(0).asText())
                .isEqualTo("You cannot use your own referral code.");
        Api.Response applied = api.post(APPLY, clinic.token(), Map.of("referral_code", code));
        assertThat(applied.status()).as(applied.body().toString()).isEqualTo(200);
        assertThat(applied.data().path("coins").asLong()).isEqualTo(25);
        assertThat(applied.data().path("referee_bonus").asLong()).isEqualTo(25);
        awaitCoins(hospital.token(), 100);
        String clinicCode = api.get("/api/v1/auth/profile", clinic.token()).data().path("referral_code").asText();
        Api.Response second = api.post(APPLY, nurse, Map.of("referral_code", clinicCode));
        assertThat(second.status()).as(second.body().toString()).isEqualTo(422);
        assertThat(second.body().path("errors").path("referral_code").get(0).asText())
                .isEqualTo("A referral code has already been applied to this account.");
        Api.Response again = api.post(APPLY, clinic.token(), Map.of("referral_code", code));
        assertThat(again.status()).as(again.body().toString()).isEqualTo(200);
        assertThat(again.data().path("coins").asLong()).isEqualTo(25);
        assertThat(api.post(APPLY, clinic.token(), Map.of("referral_code", "NOSUCHCD")).status()).isEqualTo(422);
        assertThat(api.post(APPLY, clinic.token(), Map.of()).status()).isEqualTo(422);

        // four applies of one new user at once: one referral, one bonus each
        Party eager = registerHospital();
        List<Integer> statuses = Concurrently.concurrently(4, () -> api.post(APPLY, eager.token(),
                Map.of("referral_code", clinicCode)).status());
        assertThat(statuses).allMatch(status -> status == 200);
        awaitCoins(clinic.token(), 75);
        assertThat(api.get("/api/v1/auth/profile", eager.token()).data().path("coins").asLong()).isEqualTo(25);
        assertThat(eventCount(eager, "ReferralRecordedEvent", "referral")).isEqualTo(1);
        assertThat(eventCount(clinic, "ReferralBonusCreditedEvent", "referral")).isEqualTo(1);
        assertLedgerBalances(admin);

        // the clinic redeems 7 of its 75 coins: ₹0.88 from platform:referrals, once per key
        WalletState before = stateOf(clinic);
        Map<String, String> key = Map.of("Idempotency-Key", "redeem-" + unique());
        Api.Response redeemed = api.post(REDEEM, clinic.token(), Map.of("coins", 7), key);
        assertThat(redeemed.status()).as(redeemed.body().toString()).isEqualTo(200);
        assertThat(redeemed.data().path("coins_redeemed").asLong()).isEqualTo(7);
        assertThat(redeemed.data().path("amount").decimalValue()).isEqualByComparingTo("0.88");
        assertThat(redeemed.data().path("coins").asLong()).isEqualTo(68);
        assertThat(redeemed.data().path("wallet").path("balance").decimalValue()).isEqualByComparingTo("0.88");
        assertThat(redeemed.data().path("wallet").path("coins").asLong()).isEqualTo(68);
        assertThat(redeemed.data().path("transaction").path("category").asText()).isEqualTo("referral_redemption");
        Api.Response repeated = api.post(REDEEM, clinic.token(), Map.of("coins", 7), key);
        assertThat(repeated.status()).isEqualTo(200);
        assertThat(repeated.body()).isEqualTo(redeemed.body());
        JsonNode wallet = api.get("/api/v1/hospital/wallet", clinic.token()).data();
        assertThat(wallet.path("wallet").path("balance").decimalValue()).isEqualByComparingTo("0.88");
        assertThat(wallet.path("wallet").path("coins").asLong()).isEqualTo(68);
        JsonNode history = api.get("/api/v1/hospital/transactions?category=referral_redemption", clinic.token())
                .body();
        assertThat(history.path("pagination").path("total").asLong()).as(history.toString()).isEqualTo(1);
        assertThat(history.path("data").get(0).path("type").asText()).isEqualTo("credit");
        assertThat(history.path("data").get(0).path("amount").decimalValue()).isEqualByComparingTo("0.88");
        assertThat(api.get("/api/v1/auth/profile", clinic.token()).data().path("coins").asLong()).isEqualTo(68);
        assertThat(stateOf(clinic).events()).isEqualTo(before.events() + 1);
        assertThat(eventCount(clinic, "CoinsRedeemedEvent", "referral")).isEqualTo(1);

        // more coins than held, and odd amounts: refused, nothing moves
        WalletState held = stateOf(clinic);
        Api.Response tooMany = api.post(REDEEM, clinic.token(), Map.of("coins", 69));
        assertThat(tooMany.status()).as(tooMany.body().toString()).isEqualTo(422);
        assertThat(tooMany.body().path("errors").path("coins").get(0).asText())
                .isEqualTo("You do not have enough coins: you have 68.");
        for (String body : List.of("{\"coins\": 1.5}", "{\"coins\": 0}", "{\"coins\": -3}", "{\"coins\": \"10\"}",
                "{\"coins\": \"ten\"}", "{\"coins\": null}", "{}", "{\"coins\": 5, \"bonus\": 1}", "{\"coins\": true}",
                "{\"coins\": 1e400}", "{\"coins\": 99999999999999999999}", "[5]", "coins=5")) {
            Api.Response odd = api.raw("POST", REDEEM, clinic.token(), body, "application/json");
            assertThat(odd.status()).as(body + " → " + odd.body()).isBetween(400, 499);
        }
        assertThat(api.post(REDEEM, admin, Map.of("coins", 1)).status()).isEqualTo(403);
        assertThat(stateOf(clinic)).isEqualTo(held);
        assertThat(api.get("/api/v1/auth/profile", clinic.token()).data().path("coins").asLong()).isEqualTo(68);

        // a professional redeems too: 25 coins at ₹0.125 are ₹3.125, half-up ₹3.13
        Api.Response nurseRedeemed = api.post(REDEEM, nurse, Map.of("coins", 25));
        assertThat(nurseRedeemed.status()).as(nurseRedeemed.body().toString()).isEqualTo(200);
        assertThat(nurseRedeemed.data().path("amount").decimalValue()).isEqualByComparingTo("3.13");
        JsonNode nurseWallet = api.get("/api/v1/professional/wallet", nurse).data().path("wallet");
        assertThat(nurseWallet.path("balance").decimalValue()).isEqualByComparingTo("3.13");
        assertThat(nurseWallet.path("coins").asLong()).isZero();

        // issued 50 + 25 + 50 + 25 + 50 + 25 = 225, redeemed 32: coins:platform 193 lower; ₹4.01 left referrals
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            JsonNode ledger = api.get("/api/v1/admin/ledger/accounts", admin).data();
            assertThat(coinBalanceOf(ledger, "coins:platform") - issuedBefore).isEqualTo(-193);
            assertThat(balanceOf(ledger, "platform:referrals").subtract(referralsBefore))
                    .isEqualByComparingTo("-4.01");
            assertThat(ledger.path("coins").path("sum").asLong()).isZero();
            assertThat(ledger.path("sum").decimalValue()).isEqualByComparingTo("0");
        });
        assertLedgerBalances(admin);

        // replayed from the event store: the wallet's coins, and the background verification per unit
        JsonNode replayed = api.get("/api/v1/admin/audit/wallets/" + clinic.walletId() + "/balance?at="
                + java.time.Instant.now(), admin).data();
        assertThat(replayed.path("coins").asLong()).as(replayed.toString()).isEqualTo(68);
        assertThat(replayed.path("balance").decimalValue()).isEqualByComparingTo("0.88");
        Api.Response started = api.post("/api/v1/admin/audit/verifications", admin, null);
        assertThat(started.status()).as(started.body().toString()).isEqualTo(202);
        long verification = started.data().path("id").asLong();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            JsonNode run = api.get("/api/v1/admin/audit/verifications/" + verification, admin).data();
            assertThat(run.path("state").asText()).as(run.toString()).isEqualTo("ok");
            assertThat(run.path("violations")).isEmpty();
        });
    }

    @Test
    void adminsAndAuditorsHaveNoReferralCode() {
        JsonNode profile = api.get("/api/v1/auth/profile", adminToken()).data();
        assertThat(profile.path("referral_code").isNull()).as(profile.toString()).isTrue();
        assertThat(profile.path("coins").isNull()).isTrue();
    }

    @Test
    void aUserRegisteredBeforeReferralCodesGetsOneWhenTheirProfileIsRead() {
        Party older = registerProfessional("nurse");
        jdbc.update("update user_account set referral_code = null where email = ?", older.email());
        String code = api.get("/api/v1/auth/profile", older.token()).data().path("referral_code").asText();
        assertThat(code).matches("[A-Z2-9]{8}");
        assertThat(api.get("/api/v1/auth/profile", older.token()).data().path("referral_code").asText())
                .isEqualTo(code);
        Party referred = registerHospital();
        Api.Response applied = api.post(APPLY, referred.token(), Map.of("referral_code", code));
        assertThat(applied.status()).as(applied.body().toString()).isEqualTo(200);
    }

    private void refusesBadSettings(String admin) {
        List<Map<String, Object>> bad = List.of(Map.of("referral_bonus", -1), Map.of("referee_bonus", 2.5),
                Map.of("coin_exchange_rate", 0), Map.of("coin_exchange_rate", -1),
                Map.of("coin_exchange_rate", new BigDecimal("0.00001")), Map.of("coin_exchange_rate", 1001),
                Map.of("coin_exchange_rate", "1.0"), Map.of("referral_bonus", 1_000_001),
                Map.of("referral_bonus", 5, "surprise", 1));
        for (Map<String, Object> body : bad) {
            Api.Response refused = api.post(SETTINGS, admin, body);
            assertThat(refused.status()).as(body + " → " + refused.body()).isEqualTo(422);
            assertThat(refused.body().path("errors").size()).as(refused.body().toString()).isPositive();
        }
        JsonNode settings = api.get(SETTINGS, admin).data();
        assertThat(settings.path("referral_bonus").asLong()).isEqualTo(50);
        assertThat(settings.path("coin_exchange_rate").decimalValue()).isEqualByComparingTo("1.0");
    }

    private Api.Response register(String userType, String referralCode) {
        Map<String, Object> body = new HashMap<>(Map.of("name", "Asha Rao", "email", "ref-" + unique()
                        + "@shiftledger.test", "password", "Secret@123", "password_confirmation", "Secret@123",
                "user_type", userType, "first_name", "Asha", "last_name", "Rao", "profession_type", "nurse"));
        body.put("referral_code", referralCode);
        return api.post("/api/v1/auth/register", null, body);
    }

    private void awaitCoins(String token, long coins) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                assertThat(api.get("/api/v1/auth/profile", token).data().path("coins").asLong()).isEqualTo(coins));
    }

    private long eventCount(Party party, String eventType, String apiPackage) {
        Long count = jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ? "
                + "and payload_type = ?", Long.class, party.aggregateId(),
                "com.shiftledger.api." + apiPackage + "." + eventType);
        return count == null ? 0 : count;
    }

    /** Each unit sums to 0 in the journal, and the audit over the event store is clean. */
    private void assertLedgerBalances(String admin) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            JsonNode ledger = api.get("/api/v1/admin/ledger/accounts", admin).data();
            assertThat(ledger.path("sum").decimalValue()).isEqualByComparingTo("0");
            assertThat(ledger.path("coins").path("sum").asLong()).as(ledger.toString()).isZero();
            for (JsonNode account : ledger.path("accounts")) {
                assertThat(account.path("account").asText()).doesNotStartWith("coins:");
            }
        });
        awaitCleanAudit(admin);
    }

    private static BigDecimal balanceOf(JsonNode ledger, String account) {
        for (JsonNode line : ledger.path("accounts")) {
            if (line.path("account").asText().equals(account)) {
                return line.path("balance").decimalValue();
            }
        }
        return BigDecimal.ZERO;
    }

    private static long coinBalanceOf(JsonNode ledger, String account) {
        for (JsonNode line : ledger.path("coins").path("accounts")) {
            if (line.path("account").asText().equals(account)) {
                return line.path("balance").asLong();
            }
        }
        return 0;
    }
}
