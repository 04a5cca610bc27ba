package com.shiftledger.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.shiftledger.api.ledger.StatementChain;
import com.shiftledger.api.ledger.StatementSignature;
import com.shiftledger.support.Api;
import com.shiftledger.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A wallet's statement is signed with the key served at /admin/audit/signing-key, in JSON and in CSV, and the
 * statements of consecutive periods link into one chain.
 */
class SignedStatementTest extends IntegrationTest {

    @Test
    void theStatementIsSignedWithTheServedKeyOverItsClosingHash() throws Exception {
        Party hospital = registerHospital();
        topUp(hospital, "1000");
        withdraw(hospital, "150.25");
        String admin = adminToken();

        HttpResponse<String> keyResponse = get("/api/v1/admin/audit/signing-key", admin);
        assertThat(keyResponse.statusCode()).isEqualTo(200);
        assertThat(keyResponse.headers().firstValue("Content-Type").orElse("")).startsWith("application/x-pem-file");
        PublicKey key = StatementSignature.readPublicKey(keyResponse.body());
        String keyId = StatementSignature.keyIdOf(key);
        assertThat(keyResponse.headers().firstValue("X-Signing-Key-Id")).contains(keyId);

        JsonNode statement = api.get(statementPath(hospital, ""), admin).data();
        assertThat(statement.path("entries")).hasSize(2);
        assertThat(statement.path("key_id").asText()).isEqualTo(keyId);
        assertThat(statement.path("signature_algorithm").asText()).isEqualTo("Ed25519");
        assertThat(StatementSignature.verify(key, statement.path("closing_hash").asText(),
                statement.path("signature").asText())).isTrue();
        assertThat(statement.path("closing_hash").asText()).isEqualTo(statement.path("entries").get(1).path("hash")
                .asText());

        List<String> csv = get(statementPath(hospital, "?format=csv"), admin).body().lines().toList();
        Map<String, String> trailer = trailerOf(csv);
        assertThat(trailer).containsEntry("key_id", keyId)
                .containsEntry("signature_algorithm", "Ed25519")
                .containsEntry("closing_hash", statement.path("closing_hash").asText())
                .containsEntry("closing_balance_paise", "84975")
                .containsEntry("opening_hash", StatementChain.GENESIS);
        assertThat(StatementSignature.verify(key, trailer.get("closing_hash"), trailer.get("signature"))).isTrue();
    }

    @Test
    void statementsOfConsecutivePeriodsLink() throws Exception {
        Party hospital = registerHospital();
        topUp(hospital, "100");
        topUp(hospital, "200");
        topUp(hospital, "300");
        String admin = adminToken();
        JsonNode whole = api.get(statementPath(hospital, ""), admin).data();
        String split = URLEncoder.encode(whole.path("entries").get(1).path("occurred_at").asText(),
                StandardCharsets.UTF_8);

        JsonNode before = api.get(statementPath(hospital, "?to=" + split), admin).data();
        JsonNode after = api.get(statementPath(hospital, "?from=" + split), admin).data();

        assertThat(before.path("opening_hash").asText()).isEqualTo(StatementChain.GENESIS);
        assertThat(before.path("entries")).hasSize(1);
        assertThat(after.path("entries")).hasSize(2);
        assertThat(after.path("opening_hash").asText()).isEqualTo(before.path("closing_hash").asText())
                .isEqualTo(whole.path("entries").get(0).path("hash").asText());
        assertThat(after.path("opening_balance").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(after.path("closing_hash").asText()).isEqualTo(whole.path("closing_hash").asText());
        assertThat(after.path("signature").asText()).isEqualTo(whole.path("signature").asText());
    }

    @Test
    void badAuditInputIsRefusedInTheErrorShapeNeverWithA500() {
        String admin = adminToken();
        Party hospital = registerHospital();
        for (String id : List.of("0", "-1", "99999999999999999999", "abc", "9223372036854775807")) {
            for (String path : List.of("/api/v1/admin/audit/wallets/" + id + "/statement",
                    "/api/v1/admin/audit/wallets/" + id + "/balance?at=2026-01-01",
                    "/api/v1/admin/audit/verifications/" + id)) {
                Api.Response response = api.get(path, admin);
                assertThat(response.status()).as(path).isEqualTo(404);
                assertThat(response.body().path("success").asBoolean(true)).as(path).isFalse();
                assertThat(response.body().path("message").asText()).as(path).isNotBlank();
            }
        }
        String statement = statementPath(hospital, "");
        for (String query : List.of("?from=yesterday", "?to=2026-13-01", "?from=2026-02-01&to=2026-01-01",
                "?from=2026-01-01&to=2026-01-01", "?format=xml")) {
            Api.Response response = api.get(statement + query, admin);
            assertThat(response.status()).as(query).isEqualTo(422);
            assertThat(response.body().path("errors").isObject()).as(query).isTrue();
        }
        assertThat(api.get("/api/v1/admin/audit/wallets/" + hospital.walletId() + "/balance?at=31-01-2026", admin)
                .status()).isEqualTo(422);
        for (String search : List.of("", "%20", "x".repeat(300))) {
            assertThat(api.get("/api/v1/admin/audit/wallets?search=" + search, admin).status()).as(search)
                    .isEqualTo(422);
        }
        assertThat(api.get("/api/v1/admin/audit/wallets?search=a&page=abc", admin).status()).isEqualTo(422);
        assertThat(api.get("/api/v1/admin/audit/wallets?search=a&page=2147483647&per_page=100", admin).status())
                .isEqualTo(200);
    }

    @Test
    void aWalletIsFoundByItsOwnersEmailOrName() {
        Party hospital = registerHospital();
        String admin = adminToken();

        Api.Response byEmail = api.get("/api/v1/admin/audit/wallets?search=" + hospital.email().toUpperCase(), admin);
        assertThat(byEmail.status()).isEqualTo(200);
        assertThat(byEmail.body().path("data")).singleElement().satisfies(owner -> {
            assertThat(owner.path("wallet_id").asLong()).isEqualTo(hospital.walletId());
            assertThat(owner.path("owner_type").asText()).isEqualTo("hospital");
            assertThat(owner.path("owner_id").asLong()).isEqualTo(hospital.profileId());
            assertThat(owner.path("email").asText()).isEqualTo(hospital.email());
        });
        Api.Response byName = api.get("/api/v1/admin/audit/wallets?search=city%20hospital&per_page=100", admin);
        assertThat(byName.body().path("pagination").path("total").asLong()).isPositive();
        assertThat(api.get("/api/v1/admin/audit/wallets?search=100%25_no_such_owner", admin).body().path("data"))
                .isEmpty();
    }

    private static String statementPath(Party party, String query) {
        return "/api/v1/admin/audit/wallets/" + party.walletId() + "/statement" + query;
    }

    private static Map<String, String> trailerOf(List<String> csv) {
        Map<String, String> trailer = new java.util.HashMap<>();
        csv.stream().filter(line -> line.startsWith("# ")).forEach(line -> {
            int colon = line.indexOf(':');
            trailer.put(line.substring(2, colon), line.substring(colon + 1).strip());
        });
        return trailer;
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port() + path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
