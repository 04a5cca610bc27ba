package com.shiftledger.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.shiftledger.api.money.Account;
import com.shiftledger.api.money.Money;
import com.shiftledger.api.money.TransactionCategory;
import com.shiftledger.api.wallet.CreditWalletCommand;
import com.shiftledger.api.wallet.DebitOutcome;
import com.shiftledger.api.wallet.DebitWalletCommand;
import com.shiftledger.api.wallet.WalletId;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole application on a PostgreSQL database of its Spring context (the test classes that share a context share
 * it), reached over HTTP as the apps reach it. Every test makes its own hospitals and professionals, so tests never
 * depend on each other's data. A test class
 * that needs a ledger holding only its own money sets {@link #OWN_DATABASE_URL} (see {@code LedgerTest}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
@Import(TestClock.InContext.class)
public abstract class IntegrationTest {

    /** Test-only secrets: they sign requests here and nowhere else. */
    public static final String KEY_SECRET = "test-only-key-secret";
    public static final String WEBHOOK_SECRET = "test-only-webhook-secret";
    public static final String ADMIN_EMAIL = "auditor@shiftledger.test";
    public static final String ADMIN_PASSWORD = "Audit@12345";

    /** The database of a test class that must not share its ledger; unset, its context's own database is used. */
    public static final String OWN_DATABASE_URL = "shiftledger.test.own-database-url";
    /** The free plan's monthly SOS limit of a test class; unset, 100 (so that other tests are not limited). */
    public static final String FREE_SOS_PER_MONTH = "shiftledger.test.free-sos-per-month";

    /** The database of a context whose class names none of its own, made for that context alone. */
    private static final String CONTEXT_DATABASE_URL = "shiftledger.test.context-database-url";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    /** Shift ids for escrow postings made by tests, far above any id the application hands out. */
    private static final AtomicLong TEST_SHIFT_IDS = new AtomicLong(900_000_000_000L);

    @LocalServerPort
    private int port;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected CommandGateway commands;

    @Autowired
    protected TestClock clock;

    protected Api api;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        // A placeholder rather than a second registration of the URL: the order in which the dynamic property
        // sources of a class and its superclass register is not specified, a placeholder works in any order.
        // Each context gets a database of its own, made when the context first reads it (a class with its own
        // database never makes one): contexts sharing one would share its event processors' segments, so a test's
        // events could be projected by another cached context, or by none for a while when the cache closes the
        // one that held them.
        AtomicReference<String> contextDatabase = new AtomicReference<>();
        registry.add(CONTEXT_DATABASE_URL, () -> contextDatabase.updateAndGet(url -> url != null ? url
                : PostgresTestDatabase.createDatabase("it")));
        registry.add("spring.datasource.url", () -> "${" + OWN_DATABASE_URL + ":${" + CONTEXT_DATABASE_URL + "}}");
        registry.add("spring.datasource.username", PostgresTestDatabase::user);
        registry.add("spring.datasource.password", PostgresTestDatabase::password);
        registry.add("shiftledger.razorpay.key-secret", () -> KEY_SECRET);
        registry.add("shiftledger.razorpay.webhook-secret", () -> WEBHOOK_SECRET);
        registry.add("shiftledger.admin.email", () -> ADMIN_EMAIL);
        registry.add("shiftledger.admin.password", () -> ADMIN_PASSWORD);
        registry.add("shiftledger.refund.hold-period", () -> "PT2S");
        registry.add("db-scheduler.polling-interval", () -> "500ms");
        // partners: webhooks to the tests' receivers on this machine, retried within seconds; timecards final soon
        registry.add("shiftledger.partner.allow-private-webhook-urls", () -> "true");
        registry.add("shiftledger.partner.retry-schedule", () -> "PT1S,PT1S,PT2S,PT2S,PT3S");
        registry.add("shiftledger.partner.timecard-review-period", () -> "PT3S");
        // tests raise several SOS per hospital on the free plan; a test of the limit sets its own
        registry.add("shiftledger.subscription.free-sos-per-month", () -> "${" + FREE_SOS_PER_MONTH + ":100}");
        // every cached test context keeps a pool of its own: keep the idle ones small
        registry.add("spring.datasource.hikari.minimum-idle", () -> "2");
        registry.add("spring.datasource.hikari.idle-timeout", () -> "10000");
    }

    @BeforeEach
    protected void connect() {
        api = new Api(port);
        clock.reset();
    }

    protected int port() {
        return port;
    }

    /** A registered hospital or professional: its bearer token, profile id and wallet id. */
    public record Party(String token, long profileId, long walletId, String email, String userType) {

        /** {@code /api/v1/hospital} or {@code /api/v1/professional}. */
        public String portal() {
            return "/api/v1/" + userType;
        }

        public String walletPath() {
            return portal() + "/wallet";
        }

        /** The party's ledger account, for example {@code hospital:12}. */
        public String account() {
            return userType + ":" + profileId;
        }

        /** The wallet's aggregate identifier in the event store. */
        public String aggregateId() {
            return new WalletId(walletId).toString();
        }
    }

    protected Party registerHospital() {
        String email = "hospital-" + unique() + "@shiftledger.test";
        Api.Response response = api.post("/api/v1/auth/register", null, Map.of(
                "name", "City Hospital " + unique(), "email", email, "password", "Secret@123",
                "password_confirmation", "Secret@123", "phone", "+919876543210", "user_type", "hospital",
                "hospital_name", "City Hospital", "city", "Mumbai", "state", "Maharashtra", "pincode", "400001"));
        assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
        return party(response, email, "hospital");
    }

    protected Party registerProfessional(String professionType) {
        String email = "pro-" + unique() + "@shiftledger.test";
        Api.Response response = api.post("/api/v1/auth/register", null, Map.of(
                "name", "John Doe", "email", email, "password", "Secret@123", "password_confirmation", "Secret@123",
                "phone", "+919876543211", "user_type", "professional", "first_name", "John", "last_name", "Doe",
                "profession_type", professionType));
        assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
        return party(response, email, "professional");
    }

    protected String adminToken() {
        Api.Response response = api.post("/api/v1/auth/login", null,
                Map.of("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD));
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        return response.text("data.token");
    }

    /** An auditor an admin created: their email, password and a bearer token of theirs. */
    public record Auditor(String email, String password, String token) {
    }

    protected Auditor createAuditor() {
        String email = "auditor-" + unique() + "@shiftledger.test";
        String password = "Ledger@Audit1";
        Api.Response created = api.post("/api/v1/admin/users", adminToken(), Map.of("name", "Asha Auditor",
                "email", email, "password", password, "role", "auditor"));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        Api.Response login = api.post("/api/v1/auth/login", null, Map.of("email", email, "password", password));
        assertThat(login.status()).as(login.body().toString()).isEqualTo(200);
        return new Auditor(email, password, login.text("data.token"));
    }

    /** Tops a hospital's wallet up through an order and a correctly signed verify call. */
    protected String topUp(Party hospital, String rupees) {
        String orderId = createOrder(hospital, rupees);
        String paymentId = "pay_" + unique();
        Api.Response verified = api.post("/api/v1/hospital/wallet/verify-topup-payment", hospital.token(), Map.of(
                "razorpay_order_id", orderId, "razorpay_payment_id", paymentId,
                "razorpay_signature", paymentSignature(orderId, paymentId), "amount", new BigDecimal(rupees)));
        assertThat(verified.status()).as(verified.body().toString()).isEqualTo(200);
        return orderId;
    }

    protected String createOrder(Party hospital, String rupees) {
        Api.Response order = api.post("/api/v1/hospital/wallet/create-topup-order", hospital.token(),
                Map.of("amount", new BigDecimal(rupees)));
        assertThat(order.status()).as(order.body().toString()).isEqualTo(200);
        return order.text("data.order_id");
    }

    /** The wallet as the read side shows it, once it shows the given balance. */
    protected JsonNode awaitWallet(Party party, String path, String balance) {
        JsonNode[] wallet = new JsonNode[1];
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).untilAsserted(() -> {
            Api.Response response = api.get(path, party.token());
            assertThat(response.status()).isEqualTo(200);
            wallet[0] = response.data().path("wallet");
            assertThat(wallet[0].path("balance").decimalValue()).isEqualByComparingTo(balance);
        });
        return wallet[0];
    }

    /** The body of a UPI withdrawal request. */
    protected static Map<String, Object> upiWithdrawal(String rupees) {
        return Map.of("amount", new BigDecimal(rupees), "payment_method", "upi", "upi_id", "cityhospital@okaxis");
    }

    /** Asks for a UPI withdrawal from the party's wallet, as the hospital or professional app does. */
    protected Api.Response withdraw(Party party, String rupees) {
        return api.post(party.walletPath() + "/withdraw", party.token(), upiWithdrawal(rupees));
    }

    /** Asks for a UPI withdrawal that must be accepted, and answers its id. */
    protected long requestWithdrawal(Party party, String rupees) {
        Api.Response response = withdraw(party, rupees);
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        return response.data().path(party.userType().equals("hospital") ? "id" : "request_id").asLong();
    }

    /** An admin approves or rejects a withdrawal. */
    protected Api.Response process(String adminToken, long withdrawalId, String action) {
        return api.post("/api/v1/admin/finance/withdrawals/" + withdrawalId + "/process", adminToken,
                Map.of("action", action, "remarks", action + "d by the test"));
    }

    /**
     * Pays a professional for work as the shift flow does, through a shift's escrow: {@code hospital → shift:{s}}
     * then {@code shift:{s} → professional}, with the wallet's own commands. Answers the shift account.
     */
    protected String payProfessional(Party hospital, Party professional, String rupees) {
        long shiftId = TEST_SHIFT_IDS.incrementAndGet();
        Account shift = Account.shift(shiftId);
        Money amount = Money.ofRupees(new BigDecimal(rupees));
        DebitOutcome funded = commands.sendAndWait(new DebitWalletCommand(new WalletId(hospital.walletId()), amount,
                shift, TransactionCategory.SHIFT_PAYMENT, "test-shift:" + shiftId + ":fund", "Shift #" + shiftId));
        assertThat(funded).as("the hospital's wallet pays the escrow").isInstanceOf(DebitOutcome.Paid.class);
        commands.sendAndWait(new CreditWalletCommand(new WalletId(professional.walletId()), amount, shift,
                TransactionCategory.SHIFT_EARNING, "test-shift:" + shiftId + ":pay", "Shift #" + shiftId));
        return shift.name();
    }

    /** The wallet as the read side shows it now. */
    protected JsonNode wallet(Party party) {
        Api.Response response = api.get(party.walletPath(), party.token());
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        return response.data().path("wallet");
    }

    /** The wallet as the read side shows it, once it shows the given balance and reserved amount. */
    protected JsonNode awaitBalances(Party party, String balance, String reserved) {
        JsonNode[] wallet = new JsonNode[1];
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).untilAsserted(() -> {
            wallet[0] = wallet(party);
            assertThat(wallet[0].path("balance").decimalValue()).as(wallet[0].toString()).isEqualByComparingTo(balance);
            assertThat(wallet[0].path("reserved").decimalValue()).as(wallet[0].toString())
                    .isEqualByComparingTo(reserved);
        });
        return wallet[0];
    }

    /** How many events the party's wallet has in the event store (never behind, unlike the read side). */
    protected long eventCount(Party party) {
        Long count = jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Long.class, party.aggregateId());
        return count == null ? 0 : count;
    }

    /** How many events of the given type (simple class name) the party's wallet has in the event store. */
    protected long eventCount(Party party, String eventType) {
        Long count = jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ? "
                + "and payload_type = ?", Long.class, party.aggregateId(), "com.shiftledger.api.wallet." + eventType);
        return count == null ? 0 : count;
    }

    /**
     * What a request could have changed about a party's money: the wallet's events, its balances, its transactions
     * and its withdrawals. Two equal states mean nothing moved.
     */
    public record WalletState(long events, BigDecimal balance, BigDecimal reserved, long transactions,
                              long withdrawals) {
    }

    protected WalletState stateOf(Party party) {
        JsonNode wallet = api.get(party.walletPath(), party.token()).data();
        Api.Response withdrawals = api.get(party.walletPath() + "/withdrawals", party.token());
        long transactions = party.userType().equals("hospital")
                ? api.get("/api/v1/hospital/transactions", party.token()).body().path("pagination").path("total")
                .asLong()
                : wallet.path("recent_transactions").size();
        return new WalletState(eventCount(party), wallet.path("wallet").path("balance").decimalValue(),
                wallet.path("wallet").path("reserved").decimalValue(), transactions,
                withdrawals.data().path("total").asLong());
    }

    /** Waits until the audit over the event store reports no violation (the read side may be a moment behind). */
    protected JsonNode awaitCleanAudit(String adminToken) {
        JsonNode[] report = new JsonNode[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            Api.Response response = api.get("/api/v1/admin/audit/verify", adminToken);
            assertThat(response.status()).isEqualTo(200);
            report[0] = response.data();
            assertThat(report[0].path("violations")).as(report[0].toString()).isEmpty();
            assertThat(report[0].path("ok").asBoolean()).isTrue();
        });
        return report[0];
    }

    public static String paymentSignature(String orderId, String paymentId) {
        return hmac(KEY_SECRET, orderId + "|" + paymentId);
    }

    public static String webhookSignature(String body) {
        return hmac(WEBHOOK_SECRET, body);
    }

    protected static String unique() {
        return SEQUENCE.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Party party(Api.Response response, String email, String userType) {
        JsonNode profile = response.data().path("profile");
        return new Party(response.text("data.token"), profile.path("id").asLong(), profile.path("wallet_id").asLong(),
                email, userType);
    }

    private static String hmac(String secret, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
