package com.shiftledger.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.shiftledger.support.Api;
import com.shiftledger.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** An auditor replays a wallet from the event store: its balance at any instant, and a statement whose hash chain checks offline. */
class WalletAuditTest extends IntegrationTest {

    @Test
    void balanceAtAnInstantIsReplayedFromTheEventStore() throws Exception {
        Party hospital = registerHospital();
        topUp(hospital, "1000");
        Instant afterFirst = Instant.now();
        Thread.sleep(20);
        topUp(hospital, "500.50");
        Api.Response withdrawal = api.post("/api/v1/hospital/wallet/withdraw", hospital.token(),
                Map.of("amount", 300, "payment_method", "upi", "upi_id", "city@okaxis"));
        assertThat(withdrawal.status()).isEqualTo(200);
        String admin = adminToken();

        Api.Response then = api.get("/api/v1/admin/audit/wallets/" + hospital.walletId() + "/balance?at=" + afterFirst,
                admin);
        Api.Response now = api.get("/api/v1/admin/audit/wallets/" + hospital.walletId() + "/balance?at="
                + Instant.now(), admin);

        assertThat(then.status()).isEqualTo(200);
        assertThat(then.data().path("balance").decimalValue()).isEqualByComparingTo("1000.00");
        assertThat(now.data().path("balance").decimalValue()).isEqualByComparingTo("1200.50");
        assertThat(now.data().path("reserved").decimalValue()).isEqualByComparingTo("300.00");
        assertThat(now.data().path("account").asText()).isEqualTo("hospital:" + hospital.profileId());
    }

    @Test
    void statementHashChainChecksOfflineAndBreaksWhenAnEntryIsAltered() throws Exception {
        Party hospital = registerHospital();
        topUp(hospital, "1000");
        topUp(hospital, "250");
        api.post("/api/v1/hospital/wallet/withdraw", hospital.token(),
                Map.of("amount", 400, "payment_method", "upi", "upi_id", "city@okaxis"));
        String admin = adminToken();

        Api.Response statement = api.get("/api/v1/admin/audit/wallets/" + hospital.walletId() + "/statement", admin);

        assertThat(statement.status()).isEqualTo(200);
        JsonNode entries = statement.data().path("entries");
        assertThat(entries).hasSize(3);
        assertThat(statement.data().path("closing_balance").decimalValue()).isEqualByComparingTo("850.00");
        String previous = statement.data().path("opening_hash").asText();
        for (JsonNode entry : entries) {
            String expected = sha256(previous + "\n" + canonical(entry));
            assertThat(entry.path("hash").asText()).isEqualTo(expected);
            previous = expected;
        }
        assertThat(statement.data().path("closing_hash").asText()).isEqualTo(previous);

        JsonNode altered = entries.get(1).deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) altered).put("amount", 2500.00);
        assertThat(sha256(entries.get(0).path("hash").asText() + "\n" + canonical(altered)))
                .isNotEqualTo(entries.get(1).path("hash").asText());
    }

    @Test
    void statementAsCsvCarriesTheChainRowByRow() throws Exception {
        Party hospital = registerHospital();
        topUp(hospital, "700");
        String admin = adminToken();
        HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        base() + "/api/v1/admin/audit/wallets/" + hospital.walletId() + "/statement?format=csv"))
                .header("Authorization", "Bearer " + admin).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).startsWith("sequence,occurred_at,transaction_id");
        String[] row = lines.get(1).split(",");
        assertThat(row[5]).isEqualTo("70000");
        String line = String.join("|", row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8]);
        assertThat(row[10]).isEqualTo(sha256(row[9] + "\n" + line));
    }

    @Test
    void badAuditParametersAreRefusedAndUnknownWalletsAreNotFound() {
        String admin = adminToken();
        assertThat(api.get("/api/v1/admin/audit/wallets/1/balance", admin).status()).isEqualTo(422);
        assertThat(api.get("/api/v1/admin/audit/wallets/1/balance?at=yesterday", admin).status()).isEqualTo(422);
        assertThat(api.get("/api/v1/admin/audit/wallets/1/statement?format=pdf", admin).status()).isEqualTo(422);
        assertThat(api.get("/api/v1/admin/audit/wallets/999999/statement", admin).status()).isEqualTo(404);
        Party hospital = registerHospital();
        assertThat(api.get("/api/v1/admin/audit/wallets/" + hospital.walletId() + "/statement", hospital.token())
                .status()).isEqualTo(403);
    }

    private String base() {
        return "http://localhost:" + port();
    }

    private static String canonical(JsonNode entry) {
        return String.join("|", entry.path("sequence").asText(), entry.path("occurred_at").asText(),
                entry.path("transaction_id").asText(), entry.path("type").asText(), entry.path("category").asText(),
                String.valueOf(entry.path("amount").decimalValue().movePointRight(2).longValueExact()),
                String.valueOf(entry.path("balance_after").decimalValue().movePointRight(2).longValueExact()),
                entry.path("counterparty").asText(), entry.path("reference").asText());
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
