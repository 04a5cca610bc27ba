package com.shiftledger.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.shiftledger.support.Api;
import com.shiftledger.support.IntegrationTest;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The audit tells lag from loss: while the wallet projection is stopped and money moves, verify stays clean and
 * reports the projection behind (events, seconds, wallets); a read side that disagrees with the store at the same
 * version is a replay violation at once; once the projection runs again it catches up and the lag is gone.
 */
class AuditLagTest extends IntegrationTest {

    @Autowired
    private EventProcessingConfiguration processing;

    @Test
    void aProjectionBehindIsLagAndADisagreementAtTheSameVersionIsAViolation() {
        Party hospital = registerHospital();
        Party professional = registerProfessional("nurse");
        topUp(hospital, "1000");
        String admin = adminToken();
        awaitCleanAudit(admin);
        StreamingEventProcessor wallets = processing.eventProcessor("wallet-projection", StreamingEventProcessor.class)
                .orElseThrow();
        wallets.shutDown();
        try {
            for (int i = 0; i < 3; i++) {
                payProfessional(hospital, professional, "100");
            }
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                JsonNode report = verify(admin);
                assertThat(report.path("violations")).as(report.toString()).isEmpty();
                assertThat(report.path("ok").asBoolean()).isTrue();
                JsonNode lag = lagOf(report, "wallet-projection");
                assertThat(lag.path("wallets_behind").asLong()).as(lag.toString()).isGreaterThanOrEqualTo(2);
                assertThat(lag.path("events_behind").asLong()).as(lag.toString()).isGreaterThanOrEqualTo(6);
                assertThat(lag.path("seconds_behind").asDouble()).as(lag.toString()).isGreaterThan(0);
            });

            jdbc.update("update wallet_view set balance_paise = balance_paise + 1 where id = ?", hospital.walletId());
            JsonNode tampered = verify(admin);
            assertThat(tampered.path("ok").asBoolean()).isFalse();
            assertThat(tampered.path("violations").get(0).path("invariant").asText()).isEqualTo("replay");
            assertThat(tampered.path("violations").get(0).path("detail").asText()).contains("at version");
            jdbc.update("update wallet_view set balance_paise = balance_paise - 1 where id = ?", hospital.walletId());
        } finally {
            wallets.start();
        }
        awaitWallet(professional, "/api/v1/professional/wallet", "300.00");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode report = verify(admin);
            assertThat(report.path("ok").asBoolean()).as(report.toString()).isTrue();
            assertThat(lagOf(report, "wallet-projection").path("wallets_behind").asLong()).isZero();
        });
    }

    private JsonNode verify(String admin) {
        Api.Response response = api.get("/api/v1/admin/audit/verify", admin);
        assertThat(response.status()).isEqualTo(200);
        return response.data();
    }

    private static JsonNode lagOf(JsonNode report, String processor) {
        for (JsonNode lag : report.path("lag")) {
            if (lag.path("processor").asText().equals(processor)) {
                return lag;
            }
        }
        throw new AssertionError("No lag reported for " + processor + ": " + report);
    }
}
