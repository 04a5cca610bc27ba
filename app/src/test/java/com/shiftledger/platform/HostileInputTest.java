package com.shiftledger.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.shiftledger.support.Api;
import com.shiftledger.support.IntegrationTest;
import com.shiftledger.support.ShiftScenarios;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an attacker sent in the reliability review, each answered with a 4xx in the seed's error shape and changing
 * nothing: keys given twice, strings for numbers, unknown fields on money endpoints, text that cannot be stored,
 * ids that name nothing, pages past any offset, bodies over the limit with and without a length, payouts without a
 * destination, and headers far too long.
 */
class HostileInputTest extends IntegrationTest {

    private static final String JSON = "application/json";
    private static final String UPI = "\"payment_method\":\"upi\",\"upi_id\":\"cityhospital@okaxis\"";

    @Test
    void moneyEndpointsReadTheirJsonStrictly() {
        Party hospital = registerHospital();
        topUp(hospital, "1000");
        Party professional = registerProfessional("nurse");
        WalletState before = stateOf(hospital);
        WalletState professionalBefore = stateOf(professional);
        String withdraw = "/api/v1/hospital/wallet/withdraw";
        String order = "/api/v1/hospital/wallet/create-topup-order";
        SoftAssertions softly = new SoftAssertions();

        refused(softly, "withdrawal with the amount twice", post(hospital, withdraw,
                "{\"amount\":100,\"amount\":200," + UPI + "}"), 422, "amount");
        refused(softly, "order with the amount twice", post(hospital, order, "{\"amount\":100,\"amount\":200}"), 422,
                "amount");
        refused(softly, "withdrawal amount a string", post(hospital, withdraw, "{\"amount\":\"100\"," + UPI + "}"),
                422, "amount");
        refused(softly, "order amount a string", post(hospital, order, "{\"amount\":\"100\"}"), 422, "amount");
        refused(softly, "withdrawal with an unknown field", post(hospital, withdraw,
                "{\"amount\":100," + UPI + ",\"padding\":\"" + "x".repeat(1000) + "\"}"), 422, "padding");
        refused(softly, "order with an unknown field", post(hospital, order, "{\"amount\":100,\"currency\":\"USD\"}"),
                422, "currency");
        refused(softly, "bank name with NUL", post(hospital, withdraw, "{\"amount\":100,"
                + "\"payment_method\":\"bank_transfer\",\"bank_name\":\"State\\u0000Bank\","
                + "\"account_number\":\"12345678901\",\"ifsc_code\":\"SBIN0001234\"}"), 422, "bank_name");
        refused(softly, "holder name with half a surrogate pair", post(hospital, withdraw, "{\"amount\":100," + UPI
                + ",\"account_holder_name\":\"City \\ud800 Hospital\"}"), 422, "account_holder_name");
        refused(softly, "professional UPI without an id", post(professional, "/api/v1/professional/wallet/withdraw",
                "{\"amount\":100,\"payment_method\":\"upi\"}"), 422, "upi_id");
        refused(softly, "professional bank transfer without details", post(professional,
                "/api/v1/professional/wallet/withdraw", "{\"amount\":100,\"payment_method\":\"bank_transfer\"}"),
                422, "account_number");
        softly.assertAll();

        assertThat(stateOf(hospital)).isEqualTo(before);
        assertThat(stateOf(professional)).isEqualTo(professionalBefore);
    }

    @Test
    void textThatCannotBeStoredIsRefusedAtTheEdge() {
        Party hospital = registerHospital();
        topUp(hospital, "5000");
        WalletState before = stateOf(hospital);
        long shifts = count("select count(*) from domain_event_entry where payload_type like '%ShiftCreatedEvent'");
        String shift = Api.write(ShiftScenarios.futureShift("nurse", "fixed", "100", 1));
        SoftAssertions softly = new SoftAssertions();

        refused(softly, "shift title with NUL", post(hospital, "/api/v1/hospital/shifts",
                shift.replace("\"Day ward\"", "\"a\\u0000b\"")), 422, "title");
        refused(softly, "shift title with a lone low surrogate", post(hospital, "/api/v1/hospital/shifts",
                shift.replace("\"Day ward\"", "\"a\\udc00b\"")), 422, "title");
        refused(softly, "registration address with NUL", api.raw("POST", "/api/v1/auth/register", null,
                "{\"name\":\"N\",\"email\":\"nul-" + unique() + "@shiftledger.test\",\"password\":\"Secret@123\","
                        + "\"password_confirmation\":\"Secret@123\",\"user_type\":\"hospital\","
                        + "\"address\":\"Ward\\u0000 5\"}", JSON), 422, "address");
        refused(softly, "query parameter with NUL", api.get("/api/v1/hospital/transactions?type=debit%00",
                hospital.token()), 422, "type");
        byte[] invalidUtf8 = "{\"amount\":100,\"payment_method\":\"upi\",\"upi_id\":\"a@okaxis\",\"bank_name\":\"X"
                .getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[invalidUtf8.length + 3];
        System.arraycopy(invalidUtf8, 0, body, 0, invalidUtf8.length);
        body[invalidUtf8.length] = (byte) 0xC3;
        body[invalidUtf8.length + 1] = '"';
        body[invalidUtf8.length + 2] = '}';
        Api.Response broken = api.chunked("POST", "/api/v1/hospital/wallet/withdraw", hospital.token(), body, JSON,
                Map.of());
        softly.assertThat(broken.status()).as("invalid UTF-8 " + broken.body()).isBetween(400, 499);
        softly.assertThat(broken.body().path("success").asBoolean(true)).isFalse();
        softly.assertAll();

        assertThat(stateOf(hospital)).isEqualTo(before);
        assertThat(count("select count(*) from domain_event_entry where payload_type like '%ShiftCreatedEvent'"))
                .isEqualTo(shifts);
    }

    @Test
    void idsThatNameNothingAndPagesPastAnyOffsetAreNotErrors() {
        Party hospital = registerHospital();
        Party professional = registerProfessional("nurse");
        String admin = adminToken();
        SoftAssertions softly = new SoftAssertions();
        for (String id : List.of("0", "-1")) {
            refused(softly, "revise " + id, api.put("/api/v1/hospital/shifts/" + id, hospital.token(),
                    Map.of("title", "x")), 404, null);
            refused(softly, "publish " + id, api.post("/api/v1/hospital/shifts/" + id + "/publish", hospital.token(),
                    Map.of()), 404, null);
            refused(softly, "cancel " + id, api.post("/api/v1/hospital/shifts/" + id + "/cancel", hospital.token(),
                    Map.of()), 404, null);
            refused(softly, "decide " + id, api.post("/api/v1/hospital/shifts/" + id + "/applications/" + id,
                    hospital.token(), Map.of("action", "accept")), 404, null);
            for (String step : List.of("apply", "check-in", "check-out")) {
                refused(softly, step + " " + id, api.post("/api/v1/professional/shifts/" + id + "/" + step,
                        professional.token(), Map.of("latitude", 19.076, "longitude", 72.8777)), 404, null);
            }
            refused(softly, "statement " + id, api.get("/api/v1/admin/audit/wallets/" + id + "/statement", admin),
                    404, null);
        }
        Map<String, String> lists = Map.of(
                "/api/v1/professional/shifts", professional.token(),
                "/api/v1/professional/shifts-upcoming", professional.token(),
                "/api/v1/professional/shifts-completed", professional.token(),
                "/api/v1/professional/my-attendance", professional.token(),
                "/api/v1/professional/my-applications", professional.token(),
                "/api/v1/hospital/wallet/refunds", hospital.token(),
                "/api/v1/hospital/shifts-completed", hospital.token(),
                "/api/v1/hospital/attendances", hospital.token(),
                "/api/v1/common/notifications", hospital.token());
        lists.forEach((path, token) -> {
            Api.Response far = api.get(path + "?page=2147483647", token);
            softly.assertThat(far.status()).as(path + " " + far.body()).isEqualTo(200);
        });
        softly.assertAll();
    }

    @Test
    void bodiesOverTheLimitAreRefusedHoweverTheyAreSent() {
        Party hospital = registerHospital();
        topUp(hospital, "1000");
        WalletState before = stateOf(hospital);
        byte[] padded = ("{\"amount\":100," + UPI + ",\"account_holder_name\":\"" + " ".repeat(2 * 1024 * 1024)
                + "City\"}").getBytes(StandardCharsets.UTF_8);
        SoftAssertions softly = new SoftAssertions();

        refused(softly, "chunked withdrawal of 2 MiB", api.chunked("POST", "/api/v1/hospital/wallet/withdraw",
                hospital.token(), padded, JSON, Map.of()), 413, null);
        refused(softly, "chunked keyed withdrawal of 2 MiB", api.chunked("POST", "/api/v1/hospital/wallet/withdraw",
                hospital.token(), padded, JSON, Map.of("Idempotency-Key", "big-" + unique())), 413, null);
        refused(softly, "chunked webhook of 2 MiB", api.chunked("POST", "/api/v1/webhooks/razorpay", null, padded,
                JSON, Map.of()), 413, null);
        refused(softly, "an Idempotency-Key of 20 KB", api.post("/api/v1/hospital/wallet/withdraw", hospital.token(),
                upiWithdrawal("100"), Map.of("Idempotency-Key", "k".repeat(20 * 1024))), 422, "Idempotency-Key");
        refused(softly, "an Idempotency-Key with a control character", api.post("/api/v1/hospital/wallet/withdraw",
                hospital.token(), upiWithdrawal("100"), Map.of("Idempotency-Key", "a\tb")), 422, "Idempotency-Key");
        softly.assertAll();

        assertThat(stateOf(hospital)).isEqualTo(before);
    }

    private Api.Response post(Party party, String path, String body) {
        return api.raw("POST", path, party.token(), body, JSON);
    }

    private static void refused(SoftAssertions softly, String name, Api.Response response, int status, String field) {
        String description = name + " -> " + response.status() + " " + response.body();
        softly.assertThat(response.status()).as(description).isEqualTo(status);
        softly.assertThat(response.body().path("success").isBoolean()).as(description + " has success").isTrue();
        softly.assertThat(response.body().path("success").asBoolean(true)).as(description + " success").isFalse();
        softly.assertThat(response.text("message")).as(description + " message").isNotBlank();
        if (field != null) {
            JsonNode errors = response.body().path("errors").path(field);
            softly.assertThat(errors.isArray() && !errors.isEmpty()).as(description + " errors." + field).isTrue();
        }
    }

    private long count(String sql) {
        Long count = jdbc.queryForObject(sql, Long.class);
        return count == null ? 0 : count;
    }
}
