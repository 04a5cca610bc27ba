package com.shiftledger.support;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole application on a PostgreSQL database of this test run, reached over HTTP as the apps reach it.
 * Every test makes its own hospitals and professionals, so tests never depend on each other's data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
public abstract class IntegrationTest {

    /** Test-only secrets: they sign requests here and nowhere else. */
    public static final String KEY_SECRET = "test-only-key-secret";
    public static final String WEBHOOK_SECRET = "test-only-webhook-secret";
    public static final String ADMIN_EMAIL = "auditor@shiftledger.test";
    public static final String ADMIN_PASSWORD = "Audit@12345";

    private static final String DATABASE_URL = PostgresTestDatabase.createDatabase("it");
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @LocalServerPort
    private int port;

    protected Api api;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> DATABASE_URL);
        registry.add("spring.datasource.username", PostgresTestDatabase::user);
        registry.add("spring.datasource.password", PostgresTestDatabase::password);
        registry.add("shiftledger.razorpay.key-secret", () -> KEY_SECRET);
        registry.add("shiftledger.razorpay.webhook-secret", () -> WEBHOOK_SECRET);
        registry.add("shiftledger.admin.email", () -> ADMIN_EMAIL);
        registry.add("shiftledger.admin.password", () -> ADMIN_PASSWORD);
        registry.add("shiftledger.refund.hold-period", () -> "PT2S");
        registry.add("db-scheduler.polling-interval", () -> "500ms");
    }

    @BeforeEach
    void connect() {
        api = new Api(port);
    }

    protected int port() {
        return port;
    }

    /** A registered hospital or professional: its bearer token, profile id and wallet id. */
    public record Party(String token, long profileId, long walletId, String email) {
    }

    protected Party registerHospital() {
        String email = "hospital-" + unique() + "@shiftledger.test";
        Api.Response response = api.post("/api/v1/auth/register", null, Map.of(
                "name", "City Hospital " + unique(), "email", email, "password", "Secret@123",
                "password_confirmation", "Secret@123", "phone", "+919876543210", "user_type", "hospital",
                "hospital_name", "City Hospital", "city", "Mumbai", "state", "Maharashtra", "pincode", "400001"));
        assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
        return party(response, email);
    }

    protected Party registerProfessional(String professionType) {
        String email = "pro-" + unique() + "@shiftledger.test";
        Api.Response response = api.post("/api/v1/auth/register", null, Map.of(
                "name", "John Doe", "email", email, "password", "Secret@123", "password_confirmation", "Secret@123",
                "phone", "+919876543211", "user_type", "professional", "first_name", "John", "last_name", "Doe",
                "profession_type", professionType));
        assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
        return party(response, email);
    }

    protected String adminToken() {
        Api.Response response = api.post("/api/v1/auth/login", null,
                Map.of("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD));
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        return response.text("data.token");
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

    private static Party party(Api.Response response, String email) {
        JsonNode profile = response.data().path("profile");
        return new Party(response.text("data.token"), profile.path("id").asLong(), profile.path("wallet_id").asLong(),
                email);
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
