package com.shiftledger.wallet;

import com.fasterxml.jackson.databind.JsonNode;
import com.shiftledger.support.Api;
import com.shiftledger.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Payout details are personal data kept out of the event store: the withdrawal's event names its destination by a
 * reference; its owner sees the details masked, the admin processing it sees them whole until it is processed; an
 * admin erases them without touching an event.
 */
class PayoutDetailsTest extends IntegrationTest {

    private static final String ACCOUNT = "98765432101234";
    private static final String UPI = "asha.rao.payouts@okhdfc";

    @Test
    void detailsStayOutOfEventsAreMaskedAndCanBeErased() {
        Party hospital = registerHospital();
        topUp(hospital, "1000");
        Party professional = registerProfessional("nurse");
        payProfessional(hospital, professional, "500");
        Api.Response bank = api.post("/api/v1/hospital/wallet/withdraw", hospital.token(), Map.of("amount", 100,
                "payment_method", "bank_transfer", "bank_name", "State Bank of India", "account_number", ACCOUNT,
                "ifsc_code", "SBIN0001234", "account_holder_name", "City Hospital"));
        Api.Response upi = api.post("/api/v1/professional/wallet/withdraw", professional.token(), Map.of(
                "amount", 100, "payment_method", "upi", "upi_id", UPI));
        assertThat(bank.status()).as(bank.body().toString()).isEqualTo(200);
        assertThat(upi.status()).as(upi.body().toString()).isEqualTo(200);
        long bankId = bank.data().path("id").asLong();
        long upiId = upi.data().path("request_id").asLong();

        List<String> payloads = jdbc.queryForList("select convert_from(payload, 'UTF8') from domain_event_entry "
                + "where aggregate_identifier in (?, ?)", String.class, hospital.aggregateId(),
                professional.aggregateId());
        assertThat(payloads).isNotEmpty().noneMatch(p -> p.contains(ACCOUNT) || p.contains(UPI)
                || p.contains("State Bank"));

        JsonNode own = withdrawal(hospital.walletPath() + "/withdrawals", hospital.token(), bankId);
        assertThat(own.path("account_number").asText()).isEqualTo("XXXXXXXXXX1234");
        JsonNode ownUpi = withdrawal(professional.walletPath() + "/withdrawals", professional.token(), upiId);
        assertThat(ownUpi.path("upi_id").asText()).isEqualTo("XXXXXXXXXXXXXXts@okhdfc");
        String admin = adminToken();
        JsonNode processing = withdrawal("/api/v1/admin/finance/withdrawals", admin, bankId);
        assertThat(processing.path("account_number").asText()).isEqualTo(ACCOUNT);
        assertThat(processing.path("ifsc_code").asText()).isEqualTo("SBIN0001234");
        assertThat(process(admin, bankId, "approve").status()).isEqualTo(200);
        assertThat(withdrawal("/api/v1/admin/finance/withdrawals", admin, bankId).path("account_number").asText())
                .isEqualTo("XXXXXXXXXX1234");

        long events = eventCount(hospital);
        Api.Response erased = api.delete("/api/v1/admin/wallets/" + hospital.walletId() + "/payout-details", admin);
        assertThat(erased.status()).as(erased.body().toString()).isEqualTo(200);
        assertThat(erased.data().path("destinations_erased").asInt()).isEqualTo(1);
        assertThat(withdrawal("/api/v1/admin/finance/withdrawals", admin, bankId).path("account_number").isNull())
                .isTrue();
        assertThat(eventCount(hospital)).isEqualTo(events);
        assertThat(withdrawal("/api/v1/admin/finance/withdrawals", admin, upiId).path("upi_id").asText())
                .isEqualTo(UPI);
        assertThat(api.delete("/api/v1/admin/wallets/" + hospital.walletId() + "/payout-details",
                hospital.token()).status()).isEqualTo(403);
        awaitCleanAudit(admin);
    }

    private JsonNode withdrawal(String path, String token, long id) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Api.Response page = api.get(path + "?per_page=100", token);
            assertThat(page.status()).as(page.body().toString()).isEqualTo(200);
            found[0] = null;
            JsonNode items = page.data().isArray() ? page.data() : page.data().path("data");
            items.forEach(w -> {
                if (w.path("id").asLong() == id) {
                    found[0] = w;
                }
            });
            assertThat(found[0]).as(page.body().toString()).isNotNull();
        });
        return found[0];
    }
}
