package com.shiftledger.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.shiftledger.support.Api;
import com.shiftledger.support.IntegrationTest;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever a client sends, every endpoint answers a 4xx in the seed's error shape
 * ({@code {"success": false, "message": ..., "errors": {"field": [...]}}}, field errors with every 422), never a
 * 500, and nothing changes: no event, no balance, no transaction, no withdrawal.
 */
class BadInputTest extends IntegrationTest {

    private static final String JSON = "application/json";
    private static final String UPI = "\"payment_method\":\"upi\",\"upi_id\":\"cityhospital@okaxis\"";

    /** One bad request: what it is, its body and content type, and the status and field error it must get. */
    private record Case(String name, String body, String contentType, int status, String field) {
    }

    private static Case json(String name, String body, int status, String field) {
        return new Case(name, body, JSON, status, field);
    }

    private static Case json(String name, String body, int status) {
        return new Case(name, body, JSON, status, null);
    }

    @Test
    void registrationRefusesBadInputAndCreatesNoUserAndNoWallet() {
        long users = count("select count(*) from user_account");
        long wallets = count("select count(*) from domain_event_entry "
                + "where payload_type = 'com.shiftledger.api.wallet.WalletOpenedEvent'");
        String valid = "\"name\":\"City Hospital\",\"email\":\"bad-input-" + unique() + "@shiftledger.test\","
                + "\"password_confirmation\":\"Secret@123\",\"user_type\":\"hospital\"";
        String hospital = "{" + valid + ",\"password\":\"Secret@123\"";
        String longPassword = "P@ssw0rd".repeat(10);
        String multibytePassword = "\u20b9".repeat(30);
        List<Case> cases = new ArrayList<>(List.of(
                json("nothing", "{}", 422, "email"),
                json("user type admin", hospital.replace("\"hospital\"", "\"admin\"") + "}", 422, "user_type"),
                json("user type missing", hospital.replace(",\"user_type\":\"hospital\"", "") + "}", 422,
                        "user_type"),
                json("email not an email", hospital.replaceFirst("\"bad-input-[^\"]*\"", "\"not-an-email\"") + "}",
                        422, "email"),
                json("password too short", "{" + valid.replace("Secret@123", "short") + ",\"password\":\"short\"}",
                        422, "password"),
                json("password longer than bcrypt takes", "{" + valid.replace("Secret@123", longPassword)
                        + ",\"password\":\"" + longPassword + "\"}", 422, "password"),
                json("password of few characters but more than 72 bytes", "{" + valid.replace("Secret@123",
                        multibytePassword) + ",\"password\":\"" + multibytePassword + "\"}", 422, "password"),
                json("password confirmation differs", "{" + valid + ",\"password\":\"Secret@124\"}", 422,
                        "password"),
                json("professional without names", "{" + valid.replace("\"hospital\"", "\"professional\"")
                        + ",\"password\":\"Secret@123\",\"profession_type\":\"nurse\"}", 422, "first_name"),
                json("profession type unknown", "{" + valid.replace("\"hospital\"", "\"professional\"")
                        + ",\"password\":\"Secret@123\",\"first_name\":\"J\",\"last_name\":\"D\","
                        + "\"profession_type\":\"pilot\"}", 422, "profession_type"),
                json("pincode not six digits", hospital + ",\"pincode\":\"12\"}", 422, "pincode"),
                json("latitude not a number", hospital + ",\"latitude\":\"north\",\"longitude\":72.8}", 422,
                        "latitude"),
                json("latitude out of range", hospital + ",\"latitude\":95,\"longitude\":72.8}", 422, "latitude"),
                json("name an object", hospital.replace("\"City Hospital\"", "{\"a\":1}") + "}", 422, "name")));
        cases.addAll(structuralCases(hospital + "}"));

        SoftAssertions softly = new SoftAssertions();
        for (Case bad : cases) {
            assertRefused(softly, "POST", "/api/v1/auth/register", null, bad);
        }
        softly.assertAll();

        assertThat(count("select count(*) from user_account")).isEqualTo(users);
        assertThat(count("select count(*) from domain_event_entry "
                + "where payload_type = 'com.shiftledger.api.wallet.WalletOpenedEvent'")).isEqualTo(wallets);
    }

    @Test
    void loginRefusesBadInputAndIssuesNoToken() {
        Party hospital = registerHospital();
        long tokens = count("select count(*) from access_token");
        List<Case> cases = new ArrayList<>(List.of(
                json("nothing", "{}", 422, "email"),
                json("no password", "{\"email\":\"" + hospital.email() + "\"}", 422, "password"),
                json("email an object", "{\"email\":{\"a\":1},\"password\":\"Secret@123\"}", 422, "email"),
                json("wrong password", "{\"email\":\"" + hospital.email() + "\",\"password\":\"Secret@124\"}", 401),
                json("very long password", "{\"email\":\"" + hospital.email() + "\",\"password\":\""
                        + "x".repeat(500) + "\"}", 401)));
        cases.addAll(structuralCases("{\"email\":\"" + hospital.email() + "\",\"password\":\"Secret@123\"}"));

        SoftAssertions softly = new SoftAssertions();
        for (Case bad : cases) {
            assertRefused(softly, "POST", "/api/v1/auth/login", null, bad);
        }
        softly.assertAll();

        assertThat(count("select count(*) from access_token")).isEqualTo(tokens);
    }

    @Test
    void topUpOrdersRefuseBadAmountsAndCreateNoOrder() {
        Party hospital = registerHospital();
        topUp(hospital, "1000");
        awaitWallet(hospital, "/api/v1/hospital/wallet", "1000");
        WalletState before = stateOf(hospital);
        List<Case> cases = new ArrayList<>(amountCases("", "100"));
        cases.addAll(structuralCases("{\"amount\":500}"));

        SoftAssertions softly = new SoftAssertions();
        for (Case bad : cases) {
            assertRefused(softly, "POST", "/api/v1/hospital/wallet/create-topup-order", hospital.token(), bad);
        }
        softly.assertAll();

        assertThat(stateOf(hospital)).isEqualTo(before);
    }

    @Test
    void topUpVerificationRefusesBadInputAndCreditsNothing() {
        Party hospital = registerHospital();
        String orderId = createOrder(hospital, "500");
        String order = "\"razorpay_order_id\":\"" + orderId + "\"";
        String signed = order + ",\"razorpay_payment_id\":\"pay_bad\",\"razorpay_signature\":\""
                + paymentSignature(orderId, "pay_bad") + "\"";
        WalletState before = stateOf(hospital);
        List<Case> cases = new ArrayList<>(amountCases(signed, "0.01"));
        cases.addAll(List.of(
                json("order id missing", "{\"amount\":500}", 422, "razorpay_order_id"),
                json("order id blank", "{\"razorpay_order_id\":\" \",\"amount\":500}", 422, "razorpay_order_id"),
                json("unknown order", "{\"razorpay_order_id\":\"order_UnknownOrder123\",\"amount\":500}", 404),
                json("amount other than the order's, pending step", "{" + order + ",\"amount\":400}", 422, "amount"),
                json("amount other than the order's, complete step", "{" + signed + ",\"amount\":5000}", 422,
                        "amount"),
                json("payment id without signature", "{" + order + ",\"razorpay_payment_id\":\"pay_bad\","
                        + "\"amount\":500}", 422, "razorpay_signature"),
                json("signature without payment id", "{" + order + ",\"razorpay_signature\":\"abc\",\"amount\":500}",
                        422, "razorpay_payment_id"),
                json("signature of another payment", "{" + order + ",\"razorpay_payment_id\":\"pay_other\","
                        + "\"razorpay_signature\":\"" + paymentSignature(orderId, "pay_bad") + "\",\"amount\":500}",
                        400)));
        cases.addAll(structuralCases("{" + signed + ",\"amount\":500}"));

        SoftAssertions softly = new SoftAssertions();
        for (Case bad : cases) {
            assertRefused(softly, "POST", "/api/v1/hospital/wallet/verify-topup-payment", hospital.token(), bad);
        }
        softly.assertAll();

        assertThat(stateOf(hospital)).isEqualTo(before);
    }

    @Test
    void hospitalWithdrawalsRefuseBadInputAndReserveNothing() {
        Party hospital = registerHospital();
        topUp(hospital, "1000");
        awaitWallet(hospital, "/api/v1/hospital/wallet", "1000");
        WalletState before = stateOf(hospital);
        List<Case> cases = new ArrayList<>(amountCases(UPI, "100"));
        cases.addAll(withdrawalDestinationCases());
        cases.addAll(List.of(
                json("bank transfer without bank details", "{\"amount\":100,\"payment_method\":\"bank_transfer\"}",
                        422, "bank_name"),
                json("account number with letters", "{\"amount\":100,\"payment_method\":\"bank_transfer\","
                        + "\"bank_name\":\"SBI\",\"account_number\":\"12ab5678\",\"ifsc_code\":\"SBIN0001234\"}", 422,
                        "account_number"),
                json("ifsc code malformed", "{\"amount\":100,\"payment_method\":\"bank_transfer\","
                        + "\"bank_name\":\"SBI\",\"account_number\":\"12345678\",\"ifsc_code\":\"XYZ\"}", 422,
                        "ifsc_code"),
                json("bank name too long", "{\"amount\":100,\"payment_method\":\"bank_transfer\",\"bank_name\":\""
                        + "B".repeat(256) + "\",\"account_number\":\"12345678\",\"ifsc_code\":\"SBIN0001234\"}", 422,
                        "bank_name"),
                json("upi id missing", "{\"amount\":100,\"payment_method\":\"upi\"}", 422, "upi_id")));
        cases.addAll(structuralCases("{\"amount\":100," + UPI + "}"));

        SoftAssertions softly = new SoftAssertions();
        for (Case bad : cases) {
            assertRefused(softly, "POST", "/api/v1/hospital/wallet/withdraw", hospital.token(), bad);
        }
        Api.Response longKey = api.post("/api/v1/hospital/wallet/withdraw", hospital.token(), upiWithdrawal("100"),
                Map.of("Idempotency-Key", "k".repeat(256)));
        assertRefused(softly, "Idempotency-Key too long", longKey, 422, "Idempotency-Key");
        softly.assertAll();

        assertThat(stateOf(hospital)).isEqualTo(before);
    }

    @Test
    void professionalWithdrawalsRefuseBadInputAndReserveNothing() {
        Party hospital = registerHospital();
        Party professional = registerProfessional("technician");
        topUp(hospital, "1000");
        payProfessional(hospital, professional, "800");
        awaitWallet(professional, "/api/v1/professional/wallet", "800");
        WalletState before = stateOf(professional);
        List<Case> cases = new ArrayList<>(amountCases(UPI, "100"));
        cases.addAll(withdrawalDestinationCases());
        cases.addAll(structuralCases("{\"amount\":100," + UPI + "}"));

        SoftAssertions softly = new SoftAssertions();
        for (Case bad : cases) {
            assertRefused(softly, "POST", "/api/v1/professional/wallet/withdraw", professional.token(), bad);
        }
        softly.assertAll();

        assertThat(stateOf(professional)).isEqualTo(before);
    }

    @Test
    void processingAWithdrawalRefusesBadInputAndLeavesItPending() {
        Party hospital = registerHospital();
        topUp(hospital, "1000");
        long withdrawalId = requestWithdrawal(hospital, "300");
        String admin = adminToken();
        awaitWallet(hospital, "/api/v1/hospital/wallet", "700");
        WalletState before = stateOf(hospital);
        String path = "/api/v1/admin/finance/withdrawals/" + withdrawalId + "/process";
        List<Case> cases = new ArrayList<>(List.of(
                json("nothing", "{}", 422, "action"),
                json("action unknown", "{\"action\":\"maybe\"}", 422, "action"),
                json("action in capitals", "{\"action\":\"APPROVE\"}", 422, "action"),
                json("action a number", "{\"action\":1}", 422, "action"),
                json("action an object", "{\"action\":{\"approve\":true}}", 422, "action"),
                json("remarks too long", "{\"action\":\"approve\",\"remarks\":\"" + "r".repeat(1001) + "\"}", 422,
                        "remarks")));
        cases.addAll(structuralCases("{\"action\":\"approve\"}"));

        SoftAssertions softly = new SoftAssertions();
        for (Case bad : cases) {
            assertRefused(softly, "POST", path, admin, bad);
        }
        for (String id : List.of("987654321", "0", "-1", "abc", "1.5", "99999999999999999999")) {
            Api.Response response = api.post("/api/v1/admin/finance/withdrawals/" + id + "/process", admin,
                    Map.of("action", "approve"));
            assertRefused(softly, "withdrawal id " + id, response, 404, null);
        }
        softly.assertAll();

        assertThat(stateOf(hospital)).isEqualTo(before);
        assertThat(api.get("/api/v1/hospital/wallet/withdrawals", hospital.token()).data().path("data").get(0)
                .path("status").asText()).isEqualTo("pending");
    }

    @Test
    void razorpayWebhooksRefuseBadInputAndCreditNothing() {
        Party hospital = registerHospital();
        String orderId = createOrder(hospital, "500");
        WalletState before = stateOf(hospital);
        String valid = capture(orderId, "50000");
        List<Case> signed = List.of(
                json("not JSON", "{\"event\":\"payment.captured\"", 400),
                json("no payment", "{\"event\":\"payment.captured\",\"payload\":{}}", 400),
                json("amount a string", capture(orderId, "\"50000\""), 400),
                json("amount negative", capture(orderId, "-50000"), 400),
                json("amount beyond a long", capture(orderId, "1e30"), 400),
                json("amount fractional", capture(orderId, "50000.5"), 400),
                json("amount zero", capture(orderId, "0"), 400),
                json("order id a number", valid.replace("\"" + orderId + "\"", "12345"), 400));

        SoftAssertions softly = new SoftAssertions();
        for (Case bad : signed) {
            Api.Response response = api.post("/api/v1/webhooks/razorpay", null, bad.body(),
                    Map.of("X-Razorpay-Signature", webhookSignature(bad.body())));
            assertRefused(softly, bad.name(), response, bad.status(), bad.field());
        }
        // signed by Razorpay but not what the order was: answered 2xx (Razorpay stops sending it), credited nothing
        String otherAmount = capture(orderId, "40000");
        Api.Response mismatch = api.post("/api/v1/webhooks/razorpay", null, otherAmount,
                Map.of("X-Razorpay-Signature", webhookSignature(otherAmount)));
        softly.assertThat(mismatch.status()).as("amount other than the order's " + mismatch.body()).isEqualTo(200);
        softly.assertThat(mismatch.text("data.outcome")).isEqualTo("amount_mismatch");
        assertRefused(softly, "unsigned", api.post("/api/v1/webhooks/razorpay", null, valid), 400, null);
        assertRefused(softly, "signed by someone else", api.post("/api/v1/webhooks/razorpay", null, valid,
                Map.of("X-Razorpay-Signature", webhookSignature(valid + "\n"))), 400, null);
        assertRefused(softly, "empty body", api.raw("POST", "/api/v1/webhooks/razorpay", null, null, JSON), 400,
                null);
        softly.assertAll();

        assertThat(stateOf(hospital)).isEqualTo(before);
    }

    @Test
    void hospitalTransactionFiltersRefuseUnknownValues() {
        Party hospital = registerHospital();
        String path = "/api/v1/hospital/transactions";
        SoftAssertions softly = new SoftAssertions();
        assertRefused(softly, "type", api.get(path + "?type=foo", hospital.token()), 422, "type");
        assertRefused(softly, "category", api.get(path + "?category=foo", hospital.token()), 422, "category");
        assertRefused(softly, "date_from", api.get(path + "?date_from=2024-13-45", hospital.token()), 422,
                "date_from");
        assertRefused(softly, "date_to", api.get(path + "?date_to=yesterday", hospital.token()), 422, "date_to");
        assertRefused(softly, "date_to before date_from",
                api.get(path + "?date_from=2024-05-02&date_to=2024-05-01", hospital.token()), 422, "date_to");
        assertRefused(softly, "per_page", api.get(path + "?per_page=abc", hospital.token()), 422, "per_page");
        assertRefused(softly, "page", api.get(path + "?page=abc", hospital.token()), 422, "page");
        assertEmptyPageFarBeyondTheEnd(softly, api.get(path + "?page=2000000000", hospital.token()));
        softly.assertAll();
    }

    @Test
    void hospitalWithdrawalListRefusesUnknownValues() {
        Party hospital = registerHospital();
        String path = "/api/v1/hospital/wallet/withdrawals";
        SoftAssertions softly = new SoftAssertions();
        assertRefused(softly, "status", api.get(path + "?status=foo", hospital.token()), 422, "status");
        assertRefused(softly, "per_page", api.get(path + "?per_page=abc", hospital.token()), 422, "per_page");
        assertRefused(softly, "page", api.get(path + "?page=abc", hospital.token()), 422, "page");
        Api.Response far = api.get(path + "?page=2000000000", hospital.token());
        softly.assertThat(far.status()).as("page far beyond the end " + far.body()).isEqualTo(200);
        softly.assertThat(far.data().path("data").isArray() && far.data().path("data").isEmpty())
                .as("page far beyond the end " + far.body()).isTrue();
        softly.assertAll();
    }

    @Test
    void adminFinanceListsRefuseUnknownValues() {
        String admin = adminToken();
        String transactions = "/api/v1/admin/finance/transactions";
        String withdrawals = "/api/v1/admin/finance/withdrawals";
        SoftAssertions softly = new SoftAssertions();
        assertRefused(softly, "transactions type", api.get(transactions + "?type=foo", admin), 422, "type");
        assertRefused(softly, "transactions status", api.get(transactions + "?status=foo", admin), 422, "status");
        assertRefused(softly, "transactions page", api.get(transactions + "?page=abc", admin), 422, "page");
        assertEmptyPageFarBeyondTheEnd(softly, api.get(transactions + "?page=2000000000", admin));
        assertRefused(softly, "withdrawals status", api.get(withdrawals + "?status=foo", admin), 422, "status");
        assertRefused(softly, "withdrawals per_page", api.get(withdrawals + "?per_page=abc", admin), 422,
                "per_page");
        assertEmptyPageFarBeyondTheEnd(softly, api.get(withdrawals + "?page=2000000000", admin));
        softly.assertAll();
    }

    /** Every way an amount can be wrong, with the request's other fields as given. */
    private static List<Case> amountCases(String otherFields, String minimum) {
        String prefix = otherFields.isEmpty() ? "{" : "{" + otherFields + ",";
        List<Case> cases = new ArrayList<>(List.of(
                json("amount missing", "{" + otherFields + "}", 422, "amount"),
                json("amount null", prefix + "\"amount\":null}", 422, "amount"),
                json("amount not a number", prefix + "\"amount\":\"abc\"}", 422, "amount"),
                json("amount a boolean", prefix + "\"amount\":true}", 422, "amount"),
                json("amount an object", prefix + "\"amount\":{\"value\":100}}", 422, "amount"),
                json("amount zero", prefix + "\"amount\":0}", 422, "amount"),
                json("amount negative", prefix + "\"amount\":-100}", 422, "amount"),
                json("amount with three decimals", prefix + "\"amount\":100.005}", 422, "amount"),
                json("amount above the maximum", prefix + "\"amount\":1000000.01}", 422, "amount"),
                json("amount far above the maximum", prefix + "\"amount\":1e30}", 422, "amount")));
        if (!minimum.equals("0.01")) {
            cases.add(json("amount below the minimum", prefix + "\"amount\":99.99}", 422, "amount"));
        }
        return cases;
    }

    /** What a withdrawal's payment method and destination may get wrong, for hospitals and professionals alike. */
    private static List<Case> withdrawalDestinationCases() {
        return List.of(
                json("payment method missing", "{\"amount\":100,\"upi_id\":\"a@okaxis\"}", 422, "payment_method"),
                json("payment method unknown", "{\"amount\":100,\"payment_method\":\"cash\"}", 422,
                        "payment_method"),
                json("payment method in capitals", "{\"amount\":100,\"payment_method\":\"UPI\","
                        + "\"upi_id\":\"a@okaxis\"}", 422, "payment_method"),
                json("upi id malformed", "{\"amount\":100,\"payment_method\":\"upi\",\"upi_id\":\"not a upi\"}", 422,
                        "upi_id"),
                json("upi id longer than can be kept", "{\"amount\":100,\"payment_method\":\"upi\",\"upi_id\":\""
                        + "a".repeat(250) + "@" + "b".repeat(60) + "\"}", 422, "upi_id"),
                json("account holder name too long", "{\"amount\":100," + UPI + ",\"account_holder_name\":\""
                        + "n".repeat(256) + "\"}", 422, "account_holder_name"));
    }

    /** Bodies that are not a JSON object, and bodies that are not JSON at all. */
    private static List<Case> structuralCases(String validBody) {
        return List.of(
                json("malformed JSON", validBody.substring(0, validBody.length() - 1), 400),
                json("empty body", "", 400),
                json("a JSON array", "[" + validBody + "]", 400),
                json("JSON null", "null", 400),
                new Case("plain text", validBody, "text/plain", 415, null),
                new Case("XML", "<amount>100</amount>", "application/xml", 415, null),
                new Case("no content type", validBody, null, 415, null));
    }

    private void assertRefused(SoftAssertions softly, String method, String path, String token, Case bad) {
        Api.Response response = api.raw(method, path, token, bad.body(), bad.contentType());
        assertRefused(softly, bad.name(), response, bad.status(), bad.field());
    }

    private static void assertRefused(SoftAssertions softly, String name, Api.Response response, int status,
                                      String field) {
        String description = name + " -> " + response.status() + " " + response.body();
        softly.assertThat(response.status()).as(description).isEqualTo(status);
        softly.assertThat(response.body().path("success").isBoolean()).as(description + " has success").isTrue();
        softly.assertThat(response.body().path("success").asBoolean(true)).as(description + " success").isFalse();
        softly.assertThat(response.text("message")).as(description + " message").isNotBlank();
        if (status == 422) {
            JsonNode errors = response.body().path("errors");
            softly.assertThat(errors.isObject() && !errors.isEmpty()).as(description + " errors").isTrue();
            softly.assertThat(errors.path(field).isArray() && !errors.path(field).isEmpty()
                    && !errors.path(field).get(0).asText().isBlank()).as(description + " errors." + field).isTrue();
        }
    }

    private static void assertEmptyPageFarBeyondTheEnd(SoftAssertions softly, Api.Response response) {
        String description = "page far beyond the end -> " + response.status() + " " + response.body();
        softly.assertThat(response.status()).as(description).isEqualTo(200);
        softly.assertThat(response.body().path("data").isArray() && response.body().path("data").isEmpty())
                .as(description).isTrue();
    }

    private static String capture(String orderId, String amount) {
        return "{\"event\":\"payment.captured\",\"payload\":{\"payment\":{\"entity\":{\"id\":\"pay_bad_input\","
                + "\"order_id\":\"" + orderId + "\",\"amount\":" + amount + ",\"currency\":\"INR\","
                + "\"status\":\"captured\"}}}}";
    }

    private long count(String sql) {
        Long count = jdbc.queryForObject(sql, Long.class);
        return count == null ? 0 : count;
    }
}
