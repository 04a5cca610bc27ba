package com.shiftledger.virtualaccount;

import com.fasterxml.jackson.databind.JsonNode;
import com.shiftledger.api.money.Money;
import com.shiftledger.api.virtualaccount.FindVirtualAccountOfHospitalQuery;
import com.shiftledger.api.virtualaccount.MandateTopUpReceipt;
import com.shiftledger.api.virtualaccount.TopUpThroughMandateCommand;
import com.shiftledger.api.virtualaccount.VirtualAccountId;
import com.shiftledger.api.virtualaccount.VirtualAccountView;
import com.shiftledger.support.Api;
import com.shiftledger.support.IntegrationTest;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static com.shiftledger.support.Concurrently.concurrently;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Virtual accounts offline (no Razorpay key id: local {@code va_} and {@code order_} ids), on PostgreSQL: an admin
 * opens one per hospital and activates its mandate; a signed {@code virtual_account.credited} credits the hospital's
 * wallet once however often and however concurrently it arrives; a mandate top-up is credited only when Razorpay's
 * {@code payment.captured} for its order confirms it, once. After each, the ledger sums to 0 and the audit is clean.
 */
class VirtualAccountLifeTest extends IntegrationTest {

    static final String ACCOUNTS = "/api/v1/admin/virtual-accounts";
    static final String WEBHOOK = "/api/v1/webhooks/razorpay";
    private static final AtomicInteger PAYMENTS = new AtomicInteger();

    @Autowired
    private QueryGateway queries;

    @Test
    void anAdminOpensOneVirtualAccountPerHospitalWithALocalRazorpayId() {
        String admin = adminToken();
        Party hospital = registerHospital();

        Api.Response created = api.post(ACCOUNTS, admin, accountFor(hospital, true, "50000"));
        Api.Response second = api.post(ACCOUNTS, admin, accountFor(hospital, false, null));

        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        JsonNode account = created.data();
        assertThat(account.path("razorpay_virtual_account_id").asText()).matches("va_[A-Za-z0-9]{14}");
        assertThat(account.path("accountable_type").asText()).isEqualTo("hospital");
        assertThat(account.path("accountable_id").asLong()).isEqualTo(hospital.profileId());
        assertThat(account.path("wallet_id").asLong()).isEqualTo(hospital.walletId());
        assertThat(account.path("account_number").asText()).matches("[0-9]{16}");
        assertThat(account.path("has_mandate").asBoolean()).isTrue();
        assertThat(account.path("mandate_max_amount").decimalValue()).isEqualByComparingTo("50000");
        assertThat(account.path("mandate_status").asText()).isEqualTo("pending");
        assertThat(second.status()).as(second.body().toString()).isEqualTo(422);
        assertThat(second.body().path("errors").path("accountable_id").get(0).asText())
                .isEqualTo("The hospital already has a virtual account.");
        JsonNode listed = awaitListed(admin, account.path("id").asLong());
        assertThat(listed.path("razorpay_virtual_account_id").asText())
                .isEqualTo(account.path("razorpay_virtual_account_id").asText());
        assertThat(api.get(ACCOUNTS, hospital.token()).status()).isEqualTo(403);
        assertThat(api.post(ACCOUNTS, hospital.token(), accountFor(hospital, false, null)).status()).isEqualTo(403);
        assertThat(api.post(ACCOUNTS, null, accountFor(hospital, false, null)).status()).isEqualTo(401);
    }

    @Test
    void concurrentRequestsForOneHospitalOpenOneAccount() throws Exception {
        String admin = adminToken();
        Party hospital = registerHospital();

        List<Integer> statuses = concurrently(4, () -> api.post(ACCOUNTS, admin,
                accountFor(hospital, false, null)).status());

        assertThat(statuses).containsOnly(201, 422).filteredOn(status -> status == 201).hasSize(1);
        Integer rows = jdbc.queryForObject("select count(*) from virtual_account_lookup where lookup_key = ?",
                Integer.class, "hospital:" + hospital.profileId());
        assertThat(rows).isEqualTo(1);
    }

    @Test
    void badInputIsRefusedWith422NamingTheFieldAndOpensNothing() {
        String admin = adminToken();
        Party hospital = registerHospital();
        Map<String, Map<String, Object>> refused = new LinkedHashMap<>();
        refused.put("accountable_type", Map.of("accountable_type", "professional", "accountable_id",
                hospital.profileId(), "name", "Main"));
        refused.put("accountable_id", Map.of("accountable_type", "hospital", "accountable_id", 987654321,
                "name", "Main"));
        refused.put("name", Map.of("accountable_type", "hospital", "accountable_id", hospital.profileId()));
        refused.put("mandate_max_amount", Map.of("accountable_type", "hospital", "accountable_id",
                hospital.profileId(), "name", "Main", "has_mandate", true));
        refused.put("has_mandate", Map.of("accountable_type", "hospital", "accountable_id", hospital.profileId(),
                "name", "Main", "has_mandate", "yes"));

        refused.forEach((field, body) -> {
            Api.Response response = api.post(ACCOUNTS, admin, body);
            assertThat(response.status()).as(field + ": " + response.body()).isEqualTo(422);
            assertThat(response.body().path("success").asBoolean(true)).isFalse();
            assertThat(response.body().path("errors").has(field)).as(response.body().toString()).isTrue();
        });
        Integer rows = jdbc.queryForObject("select count(*) from virtual_account_lookup where lookup_key = ?",
                Integer.class, "hospital:" + hospital.profileId());
        assertThat(rows).isZero();
    }

    @Test
    void aBankTransferIntoTheVirtualAccountCreditsTheHospitalsWalletOnce() {
        String admin = adminToken();
        Party hospital = registerHospital();
        String razorpayId = open(admin, hospital, false, null).path("razorpay_virtual_account_id").asText();
        String paymentId = paymentId();
        String body = credited(razorpayId, paymentId, 250_000);

        Api.Response first = deliver(body, "evt_" + paymentId);
        Api.Response redelivered = deliver(body, "evt_" + paymentId);
        Api.Response resent = deliver(body, "evt_again_" + paymentId);

        assertThat(first.status()).as(first.body().toString()).isEqualTo(200);
        assertThat(first.text("data.outcome")).isEqualTo("credited");
        assertThat(redelivered.text("data.outcome")).isEqualTo("duplicate");
        assertThat(resent.text("data.outcome")).isEqualTo("already_credited");
        assertThat(resent.text("data.transaction_id")).isEqualTo(first.text("data.transaction_id"));
        awaitWallet(hospital, hospital.walletPath(), "2500.00");
        assertThat(eventCount(hospital, "WalletCreditedEvent")).isEqualTo(1);
        JsonNode transaction = api.get("/api/v1/hospital/transactions", hospital.token()).body().path("data").get(0);
        assertThat(transaction.path("category").asText()).isEqualTo("wallet_topup");
        assertThat(transaction.path("type").asText()).isEqualTo("credit");
        assertThat(transaction.path("reference_type").asText()).isEqualTo("gateway");
        assertThat(transaction.path("amount").decimalValue()).isEqualByComparingTo("2500");
        awaitBalancedLedgerAndCleanAudit(admin, hospital, "2500");
    }

    @Test
    void concurrentDeliveriesOfOneTransferCreditItOnce() throws Exception {
        String admin = adminToken();
        Party hospital = registerHospital();
        String razorpayId = open(admin, hospital, false, null).path("razorpay_virtual_account_id").asText();
        String paymentId = paymentId();
        String body = credited(razorpayId, paymentId, 120_000);
        AtomicInteger attempt = new AtomicInteger();

        List<String> outcomes = concurrently(8, () -> {
            int n = attempt.incrementAndGet();
            Api.Response answer = deliver(body, n % 2 == 0 ? "evt_same_" + paymentId : "evt_" + n + "_" + paymentId);
            assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
            return answer.text("data.outcome");
        });

        assertThat(outcomes).filteredOn("credited"::equals).hasSize(1);
        assertThat(outcomes).isSubsetOf("credited", "already_credited", "duplicate");
        assertThat(eventCount(hospital, "WalletCreditedEvent")).isEqualTo(1);
        awaitWallet(hospital, hospital.walletPath(), "1200.00");
        awaitBalancedLedgerAndCleanAudit(admin, hospital, "1200");
    }

    @Test
    void aForgedTransferOrOneIntoAnUnknownAccountChangesNothing() {
        String admin = adminToken();
        Party hospital = registerHospital();
        String razorpayId = open(admin, hospital, false, null).path("razorpay_virtual_account_id").asText();
        WalletState before = stateOf(hospital);
        String body = credited(razorpayId, paymentId(), 90_000);

        Api.Response forged = api.post(WEBHOOK, null, body, Map.of("X-Razorpay-Signature",
                webhookSignature(body + " ")));
        Api.Response unsigned = api.post(WEBHOOK, null, body);
        Api.Response unknown = deliver(credited("va_Unknown00000001", paymentId(), 90_000), null);
        Api.Response notCaptured = deliver(credited(razorpayId, paymentId(), 90_000)
                .replace("\"captured\"", "\"failed\""), null);

        assertThat(forged.status()).isEqualTo(400);
        assertThat(forged.body().path("success").asBoolean(true)).isFalse();
        assertThat(unsigned.status()).isEqualTo(400);
        assertThat(unknown.status()).as("answered so that Razorpay stops sending it").isEqualTo(200);
        assertThat(unknown.text("data.outcome")).isEqualTo("unknown_virtual_account");
        assertThat(notCaptured.text("data.outcome")).isEqualTo("not_captured");
        assertThat(stateOf(hospital)).isEqualTo(before);
        awaitBalancedLedgerAndCleanAudit(admin, hospital, "0");
    }

    @Test
    void anAdminActivatesTheMandateWithValidIdsOnly() {
        String admin = adminToken();
        Party hospital = registerHospital();
        long id = open(admin, hospital, true, "30000").path("id").asLong();
        String activate = ACCOUNTS + "/" + id + "/activate-mandate";

        Api.Response unknown = api.post(ACCOUNTS + "/987654321/activate-mandate", admin, mandate(null));
        Api.Response badIds = api.post(activate, admin, Map.of("customer_id", "customer-1", "token_id", "tok"));
        Api.Response missing = api.post(activate, admin, Map.of());
        Api.Response badAmount = api.post(activate, admin, Map.of("customer_id", "cust_Ab12Cd34Ef56Gh",
                "token_id", "token_Ab12Cd34Ef56Gh", "mandate_max_amount", -5));
        Api.Response byHospital = api.post(activate, hospital.token(), mandate(null));
        Api.Response activated = api.post(activate, admin, mandate(null));

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(badIds.status()).isEqualTo(422);
        assertThat(badIds.body().path("errors").has("customer_id")).isTrue();
        assertThat(badIds.body().path("errors").has("token_id")).isTrue();
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.body().path("errors").has("customer_id")).isTrue();
        assertThat(badAmount.status()).isEqualTo(422);
        assertThat(badAmount.body().path("errors").has("mandate_max_amount")).isTrue();
        assertThat(byHospital.status()).isEqualTo(403);
        assertThat(activated.status()).as(activated.body().toString()).isEqualTo(200);
        assertThat(activated.data().path("mandate_status").asText()).isEqualTo("active");
        assertThat(activated.data().path("mandate_max_amount").decimalValue()).isEqualByComparingTo("30000");
        assertThat(activated.data().path("mandate_token_id").asText()).isEqualTo("token_Ab12Cd34Ef56Gh");

        Party withoutMandate = registerHospital();
        long plain = open(admin, withoutMandate, false, null).path("id").asLong();
        Api.Response noMaximum = api.post(ACCOUNTS + "/" + plain + "/activate-mandate", admin, mandate(null));
        Api.Response withMaximum = api.post(ACCOUNTS + "/" + plain + "/activate-mandate", admin, mandate("20000"));
        assertThat(noMaximum.status()).isEqualTo(422);
        assertThat(noMaximum.body().path("errors").has("mandate_max_amount")).isTrue();
        assertThat(withMaximum.status()).as(withMaximum.body().toString()).isEqualTo(200);
        assertThat(withMaximum.data().path("has_mandate").asBoolean()).isTrue();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(awaitListed(admin, plain)
                .path("mandate_status").asText()).isEqualTo("active"));
    }

    @Test
    void aMandateTopUpIsCreditedOnlyWhenRazorpayConfirmsIt() throws Exception {
        String admin = adminToken();
        Party hospital = registerHospital();
        long id = open(admin, hospital, true, "5000").path("id").asLong();
        assertThat(api.post(ACCOUNTS + "/" + id + "/activate-mandate", admin, mandate(null)).status()).isEqualTo(200);
        VirtualAccountView ofHospital = await().atMost(Duration.ofSeconds(20)).until(() -> queries.query(
                new FindVirtualAccountOfHospitalQuery(hospital.profileId()), VirtualAccountView.class).join(),
                view -> view != null && view.mandateStatus().equals("active"));
        VirtualAccountId account = new VirtualAccountId(ofHospital.id());

        MandateTopUpReceipt ordered = commands.sendAndWait(new TopUpThroughMandateCommand(account,
                Money.ofRupees(8_000), "low-balance-alert:" + hospital.profileId() + ":1"));
        MandateTopUpReceipt again = commands.sendAndWait(new TopUpThroughMandateCommand(account,
                Money.ofRupees(8_000), "low-balance-alert:" + hospital.profileId() + ":1"));

        assertThat(ordered.orderId()).matches("order_[A-Za-z0-9]{14}");
        assertThat(ordered.amount()).as("capped at the mandate's maximum").isEqualTo(Money.ofRupees(5_000));
        assertThat(ordered.requestedAmount()).isEqualTo(Money.ofRupees(8_000));
        assertThat(ordered.confirmed()).isFalse();
        assertThat(again.orderId()).isEqualTo(ordered.orderId());
        assertThat(again.repeated()).isTrue();
        assertThat(eventCount(hospital, "WalletCreditedEvent")).as("nothing before Razorpay confirms").isZero();
        assertThat(wallet(hospital).path("balance").decimalValue()).isEqualByComparingTo("0");

        Api.Response wrongAmount = deliver(captured(ordered.orderId(), paymentId(), 400_000), null);
        assertThat(wrongAmount.text("data.outcome")).isEqualTo("amount_mismatch");
        assertThat(eventCount(hospital, "WalletCreditedEvent")).isZero();

        String paymentId = paymentId();
        String confirmation = captured(ordered.orderId(), paymentId, 500_000);
        List<String> outcomes = concurrently(4, () -> deliver(confirmation, null).text("data.outcome"));
        Api.Response repeated = deliver(confirmation, "evt_" + paymentId);

        assertThat(outcomes).filteredOn("credited"::equals).hasSize(1);
        assertThat(outcomes).isSubsetOf("credited", "already_credited");
        assertThat(repeated.text("data.outcome")).isEqualTo("already_credited");
        assertThat(eventCount(hospital, "WalletCreditedEvent")).isEqualTo(1);
        awaitWallet(hospital, hospital.walletPath(), "5000.00");
        JsonNode transaction = api.get("/api/v1/hospital/transactions", hospital.token()).body().path("data").get(0);
        assertThat(transaction.path("category").asText()).isEqualTo("wallet_topup");
        assertThat(transaction.path("description").asText()).contains(ordered.orderId());
        awaitBalancedLedgerAndCleanAudit(admin, hospital, "5000");

        MandateTopUpReceipt afterConfirmation = commands.sendAndWait(new TopUpThroughMandateCommand(account,
                Money.ofRupees(8_000), "low-balance-alert:" + hospital.profileId() + ":1"));
        assertThat(afterConfirmation.confirmed()).isTrue();
        assertThat(afterConfirmation.paymentId()).isEqualTo(paymentId);
    }

    @Test
    void aWalletFallingBelowItsThresholdIsToppedUpThroughItsMandateOnceRazorpayConfirms() {
        String admin = adminToken();
        Party hospital = registerHospital();
        long id = open(admin, hospital, true, "5000").path("id").asLong();
        assertThat(api.post(ACCOUNTS + "/" + id + "/activate-mandate", admin, mandate(null)).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> queries.query(new FindVirtualAccountOfHospitalQuery(
                hospital.profileId()), VirtualAccountView.class).join(), view -> view != null
                && view.mandateStatus().equals("active"));
        topUp(hospital, "6000");
        assertThat(jdbc.queryForObject("select count(*) from virtual_account_lookup where virtual_account_id = ? "
                + "and lookup_key like 'order:%'", Integer.class, id)).as("above the threshold: no top-up").isZero();

        // ₹2000 requested for withdrawal: ₹4000 left, below the platform's ₹5000 threshold; the alert asks for
        // what brings it back to twice the threshold (₹6000), capped at the mandate's ₹5000
        requestWithdrawal(hospital, "2000");
        String orderKey = await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForList(
                "select lookup_key from virtual_account_lookup where virtual_account_id = ? "
                        + "and lookup_key like 'order:%'", String.class, id), keys -> keys.size() == 1).get(0);
        String orderId = orderKey.substring("order:".length());
        assertThat(wallet(hospital).path("balance").decimalValue()).as("nothing before Razorpay confirms")
                .isEqualByComparingTo("4000");

        String paymentId = paymentId();
        assertThat(deliver(captured(orderId, paymentId, 500_000), null).text("data.outcome")).isEqualTo("credited");
        assertThat(deliver(captured(orderId, paymentId, 500_000), null).text("data.outcome"))
                .isEqualTo("already_credited");
        awaitWallet(hospital, hospital.walletPath(), "9000.00");
        assertThat(jdbc.queryForObject("select count(*) from virtual_account_lookup where virtual_account_id = ? "
                + "and lookup_key like 'order:%'", Integer.class, id)).as("one order for the one alert").isEqualTo(1);
        awaitBalancedLedgerAndCleanAudit(admin, hospital, "9000");
    }

    @Test
    void noTopUpWithoutAnActiveMandate() {
        String admin = adminToken();
        Party hospital = registerHospital();
        long id = open(admin, hospital, true, "5000").path("id").asLong();

        assertThatThrownBy(() -> commands.sendAndWait(new TopUpThroughMandateCommand(new VirtualAccountId(id),
                Money.ofRupees(1_000), "alert:none")))
                .isInstanceOf(CommandExecutionException.class)
                .hasMessageContaining("no active mandate");
        Integer orders = jdbc.queryForObject("select count(*) from virtual_account_lookup where virtual_account_id = ? "
                + "and lookup_key like 'order:%'", Integer.class, id);
        assertThat(orders).isZero();
    }

    static Map<String, Object> accountFor(Party hospital, boolean hasMandate, String maxAmount) {
        Map<String, Object> body = new HashMap<>(Map.of("accountable_type", "hospital", "accountable_id",
                hospital.profileId(), "name", "City Hospital Main", "has_mandate", hasMandate));
        if (maxAmount != null) {
            body.put("mandate_max_amount", new BigDecimal(maxAmount));
        }
        return body;
    }

    static Map<String, Object> mandate(String maxAmount) {
        Map<String, Object> body = new HashMap<>(Map.of("customer_id", "cust_Ab12Cd34Ef56Gh",
                "token_id", "token_Ab12Cd34Ef56Gh"));
        if (maxAmount != null) {
            body.put("mandate_max_amount", new BigDecimal(maxAmount));
        }
        return body;
    }

    private JsonNode open(String admin, Party hospital, boolean hasMandate, String maxAmount) {
        Api.Response created = api.post(ACCOUNTS, admin, accountFor(hospital, hasMandate, maxAmount));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.data();
    }

    private JsonNode awaitListed(String admin, long id) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            Api.Response list = api.get(ACCOUNTS + "?per_page=100", admin);
            assertThat(list.status()).isEqualTo(200);
            found[0] = null;
            list.body().path("data").forEach(item -> {
                if (item.path("id").asLong() == id) {
                    found[0] = item;
                }
            });
            assertThat(found[0]).as(list.body().toString()).isNotNull();
        });
        return found[0];
    }

    Api.Response deliver(String body, String eventId) {
        Map<String, String> headers = new HashMap<>(Map.of("X-Razorpay-Signature", webhookSignature(body)));
        if (eventId != null) {
            headers.put("x-razorpay-event-id", eventId);
        }
        return api.post(WEBHOOK, null, body, headers);
    }

    static String credited(String razorpayId, String paymentId, long paise) {
        return "{\"entity\":\"event\",\"event\":\"virtual_account.credited\",\"contains\":[\"payment\","
                + "\"virtual_account\",\"bank_transfer\"],\"payload\":{\"payment\":{\"entity\":{\"id\":\"" + paymentId
                + "\",\"entity\":\"payment\",\"amount\":" + paise + ",\"currency\":\"INR\",\"status\":\"captured\","
                + "\"method\":\"bank_transfer\"}},\"virtual_account\":{\"entity\":{\"id\":\"" + razorpayId
                + "\",\"entity\":\"virtual_account\",\"status\":\"active\"}},\"bank_transfer\":{\"entity\":{"
                + "\"id\":\"bt_" + paymentId.substring(4) + "\",\"mode\":\"NEFT\",\"amount\":" + paise + "}}}}";
    }

    static String captured(String orderId, String paymentId, long paise) {
        return "{\"entity\":\"event\",\"event\":\"payment.captured\",\"contains\":[\"payment\"],\"payload\":{"
                + "\"payment\":{\"entity\":{\"id\":\"" + paymentId + "\",\"order_id\":\"" + orderId + "\","
                + "\"amount\":" + paise + ",\"currency\":\"INR\",\"status\":\"captured\",\"method\":\"emandate\","
                + "\"recurring\":true}}}}";
    }

    static String paymentId() {
        return "pay_VA" + System.nanoTime() % 1_000_000_000_000L + PAYMENTS.incrementAndGet();
    }

    /** The ledger's accounts sum to 0, the hospital's account holds what its wallet shows, and the audit is clean. */
    private void awaitBalancedLedgerAndCleanAudit(String admin, Party hospital, String balance) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            Api.Response ledger = api.get("/api/v1/admin/ledger/accounts", admin);
            assertThat(ledger.status()).isEqualTo(200);
            assertThat(ledger.data().path("sum").decimalValue()).isEqualByComparingTo("0");
            BigDecimal[] held = {BigDecimal.ZERO};
            ledger.data().path("accounts").forEach(account -> {
                if (account.path("account").asText().equals(hospital.account())) {
                    held[0] = account.path("balance").decimalValue();
                }
            });
            assertThat(held[0]).isEqualByComparingTo(balance);
        });
        awaitCleanAudit(admin);
    }
}
