package com.shiftledger.bench;

import com.fasterxml.jackson.databind.JsonNode;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The calls the bench makes to ShiftLedger, as the apps make them: registration, signed top-ups, withdrawal
 * requests, wallet reads, and the admin's ledger and audit.
 */
final class ShiftLedgerApi {

    /** The body of every withdrawal request of the bench: ₹100 by UPI. */
    static final String WITHDRAWAL_BODY = "{\"amount\":100,\"payment_method\":\"upi\",\"upi_id\":\"cityhospital@okaxis\"}";
    static final long WITHDRAWAL_PAISE = 10_000;
    /** The largest amount one request may move (shiftledger.money.max-operation-amount), in rupees. */
    static final long MAX_TOP_UP_RUPEES = 1_000_000;

    private static final AtomicLong PAYMENTS = new AtomicLong();

    private final Http http;
    private final String keySecret;
    private final String adminEmail;
    private final String adminPassword;
    private String adminToken;

    ShiftLedgerApi(Http http, String keySecret, String adminEmail, String adminPassword) {
        this.http = http;
        this.keySecret = keySecret;
        this.adminEmail = adminEmail;
        this.adminPassword = adminPassword;
    }

    Http http() {
        return http;
    }

    /** A registered hospital: its bearer token, profile id and wallet id. */
    record Hospital(String name, String token, long profileId, long walletId) {

        String aggregateId() {
            return "wallet-" + walletId;
        }

        String account() {
            return "hospital:" + profileId;
        }
    }

    Hospital registerHospital(String name) throws IOException, InterruptedException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("email", name.toLowerCase().replaceAll("[^a-z0-9]+", "-") + "@bench.shiftledger.test");
        body.put("password", "Bench@12345");
        body.put("password_confirmation", "Bench@12345");
        body.put("phone", "+919876543210");
        body.put("user_type", "hospital");
        body.put("hospital_name", name);
        body.put("city", "Mumbai");
        body.put("state", "Maharashtra");
        body.put("pincode", "400001");
        Http.Response response = http.post("/api/v1/auth/register", null, body).require(201, "register " + name);
        JsonNode profile = response.data().path("profile");
        return new Hospital(name, response.data().path("token").asText(), profile.path("id").asLong(),
                profile.path("wallet_id").asLong());
    }

    /** Tops the wallet up with a Razorpay order and a correctly signed verify call. */
    void topUp(Hospital hospital, long rupees) throws IOException, InterruptedException {
        Http.Response order = http.post("/api/v1/hospital/wallet/create-topup-order", hospital.token(),
                Map.of("amount", rupees)).require(200, "create-topup-order");
        String orderId = order.data().path("order_id").asText();
        String paymentId = "pay_bench" + PAYMENTS.incrementAndGet();
        Map<String, Object> verify = new LinkedHashMap<>();
        verify.put("razorpay_order_id", orderId);
        verify.put("razorpay_payment_id", paymentId);
        verify.put("razorpay_signature", hmac(keySecret, orderId + "|" + paymentId));
        verify.put("amount", rupees);
        http.post("/api/v1/hospital/wallet/verify-topup-payment", hospital.token(), verify)
                .require(200, "verify-topup-payment");
    }

    /** A ₹100 UPI withdrawal request; answers the status. */
    Http.Response withdraw(Hospital hospital) throws IOException, InterruptedException {
        return http.post("/api/v1/hospital/wallet/withdraw", hospital.token(), WITHDRAWAL_BODY);
    }

    /** The wallet as the read side shows it: balance and reserved, in paise. */
    long[] walletBalances(Hospital hospital) throws IOException, InterruptedException {
        JsonNode wallet = http.get("/api/v1/hospital/wallet", hospital.token()).require(200, "wallet").data()
                .path("wallet");
        return new long[]{paise(wallet.path("balance")), paise(wallet.path("reserved"))};
    }

    /** The wallet's balance replayed from the event store by the audit (never a read model), in paise. */
    long auditedBalance(long walletId) throws IOException, InterruptedException {
        return paise(http.get("/api/v1/admin/audit/wallets/" + walletId + "/balance?at=" + Instant.now().plusSeconds(1),
                admin(), Duration.ofMinutes(10)).require(200, "audit balance").data().path("balance"));
    }

    /** The sum of every ledger account's balance, in paise (0 when the ledger balances). */
    long ledgerSum() throws IOException, InterruptedException {
        return paise(http.dataField("/api/v1/admin/ledger/accounts", admin(), Duration.ofMinutes(10), "sum"));
    }

    Http.Response verify(Duration timeout) throws IOException, InterruptedException {
        return http.get("/api/v1/admin/audit/verify", admin(), timeout).require(200, "audit verify");
    }

    Http.Response statement(long walletId, Duration timeout) throws IOException, InterruptedException {
        return http.get("/api/v1/admin/audit/wallets/" + walletId + "/statement", admin(), timeout)
                .require(200, "statement");
    }

    synchronized String admin() throws IOException, InterruptedException {
        if (adminToken == null) {
            adminToken = http.post("/api/v1/auth/login", null, Map.of("email", adminEmail, "password", adminPassword))
                    .require(200, "admin login").data().path("token").asText();
        }
        return adminToken;
    }

    static long paise(JsonNode rupees) {
        return rupees.decimalValue().movePointRight(2).longValueExact();
    }

    static long paise(BigDecimal rupees) {
        return rupees.movePointRight(2).longValueExact();
    }

    static String hmac(String secret, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
