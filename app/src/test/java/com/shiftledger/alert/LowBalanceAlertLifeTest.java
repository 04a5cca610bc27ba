package com.shiftledger.alert;

import com.fasterxml.jackson.databind.JsonNode;
import com.shiftledger.support.Api;
import com.shiftledger.support.IntegrationTest;
import com.shiftledger.support.PostgresTestDatabase;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Low amount alerts on PostgreSQL, on a ledger of their own (the test changes the platform's threshold): a hospital
 * wallet falling below its threshold raises one alert however many debits follow, and another only after it was back
 * above; the hospital is notified; a hospital's own threshold wins over the platform's; an admin lists the alerts by
 * status and reviews each once; bad input is refused and changes nothing; no hospital reaches another's alerts; and
 * no money moves (the ledger sums to 0, the audit is clean).
 */
class LowBalanceAlertLifeTest extends IntegrationTest {

    private static final String ALERTS_DATABASE = PostgresTestDatabase.createDatabase("alerts");
    private static final String ALERTS = "/api/v1/admin/low-amount-alerts";
    private static final String THRESHOLD = "/api/v1/hospital/wallet/low-balance-threshold";

    @DynamicPropertySource
    static void ledgerOfItsOwn(DynamicPropertyRegistry registry) {
        registry.add(OWN_DATABASE_URL, () -> ALERTS_DATABASE);
    }

    @Test
    void aWalletFallingBelowItsThresholdRaisesOneAlertPerFall() {
        String admin = adminToken();
        assertThat(api.get("/api/v1/admin/settings", admin).data().path("low_balance_threshold").decimalValue())
                .isEqualByComparingTo("5000.00");

        // the platform's ₹5,000: two debits below it raise one alert
        Party city = registerHospital();
        topUp(city, "10000");
        requestWithdrawal(city, "6100");
        requestWithdrawal(city, "900");
        JsonNode first = awaitAlerts(admin, city, 1).get(0);
        assertThat(first.path("id").asText()).matches("LBA-[0-9A-Z]{12}");
        assertThat(first.path("hospital_id").asLong()).isEqualTo(city.profileId());
        assertThat(first.path("wallet_id").asLong()).isEqualTo(city.walletId());
        assertThat(first.path("balance").decimalValue()).isEqualByComparingTo("3900.00");
        assertThat(first.path("threshold").decimalValue()).isEqualByComparingTo("5000.00");
        assertThat(first.path("status").asText()).isEqualTo("open");
        assertThat(first.path("notes").isNull()).isTrue();

        // the hospital hears of it, and no other hospital does
        JsonNode notification = awaitNotification(city, "Low wallet balance");
        assertThat(notification.path("type").asText()).isEqualTo("wallet");
        assertThat(notification.path("data").path("alert_id").asText()).isEqualTo(first.path("id").asText());
        assertThat(notification.path("body").asText()).contains("₹3900.00").contains("₹5000.00");

        // a hospital's own threshold wins over the platform's, and changes no one else's
        Party harbour = registerHospital();
        Api.Response own = api.put(THRESHOLD, harbour.token(), Map.of("threshold", new BigDecimal("2000.00")));
        assertThat(own.status()).as(own.body().toString()).isEqualTo(200);
        assertThat(own.data().path("threshold").decimalValue()).isEqualByComparingTo("2000.00");
        assertThat(own.data().path("wallet_id").asLong()).isEqualTo(harbour.walletId());
        topUp(harbour, "10000");
        requestWithdrawal(harbour, "6100");
        requestWithdrawal(harbour, "2000");
        JsonNode harbourAlert = awaitAlerts(admin, harbour, 1).get(0);
        assertThat(harbourAlert.path("balance").decimalValue()).isEqualByComparingTo("1900.00");
        assertThat(harbourAlert.path("threshold").decimalValue()).isEqualByComparingTo("2000.00");
        assertThat(titles(harbour)).contains("Low wallet balance");

        // back above the threshold and below again: a second alert, still at the platform's threshold
        topUp(city, "10000");
        requestWithdrawal(city, "9000");
        List<JsonNode> cityAlerts = awaitAlerts(admin, city, 2);
        assertThat(cityAlerts.get(0).path("balance").decimalValue()).isEqualByComparingTo("4000.00");
        assertThat(cityAlerts.get(0).path("threshold").decimalValue()).isEqualByComparingTo("5000.00");
        assertThat(cityAlerts.get(1).path("id").asText()).isEqualTo(first.path("id").asText());

        // the admin raises the platform's threshold: it applies to wallets without their own
        Api.Response raised = api.post("/api/v1/admin/settings", admin, Map.of("low_balance_threshold", 8000));
        assertThat(raised.status()).as(raised.body().toString()).isEqualTo(200);
        assertThat(raised.data().path("low_balance_threshold").decimalValue()).isEqualByComparingTo("8000.00");
        JsonNode log = api.get("/api/v1/admin/settings/activity-logs", admin).data().path(0);
        assertThat(log.path("setting").asText()).isEqualTo("low_balance_threshold");
        assertThat(log.path("old_value").asText()).isEqualTo("5000.00");
        assertThat(log.path("new_value").asText()).isEqualTo("8000.00");
        Party river = registerHospital();
        topUp(river, "10000");
        requestWithdrawal(river, "2500");
        assertThat(awaitAlerts(admin, river, 1).get(0).path("threshold").decimalValue())
                .isEqualByComparingTo("8000.00");

        refusesBadInput(admin, city, harbour, first.path("id").asText());

        // the admin lists by status and reviews an alert once
        String firstId = first.path("id").asText();
        Api.Response reviewed = api.post(ALERTS + "/" + firstId + "/review", admin,
                Map.of("status", "reviewed", "notes", "Verified manually"));
        assertThat(reviewed.status()).as(reviewed.body().toString()).isEqualTo(200);
        assertThat(reviewed.data().path("id").asText()).isEqualTo(firstId);
        assertThat(reviewed.data().path("status").asText()).isEqualTo("reviewed");
        assertThat(reviewed.data().path("notes").asText()).isEqualTo("Verified manually");
        assertThat(reviewed.data().path("reviewed_at").asText()).isNotBlank();
        Api.Response again = api.post(ALERTS + "/" + firstId + "/review", admin, Map.of("status", "reviewed"));
        assertThat(again.status()).as(again.body().toString()).isEqualTo(409);
        assertThat(again.body().path("success").asBoolean(true)).isFalse();
        assertThat(ids(api.get(ALERTS + "?status=reviewed", admin))).containsExactly(firstId);
        assertThat(alert(admin, firstId).path("reviewed_at").asText()).isEqualTo(reviewed.text("data.reviewed_at"));
        List<String> open = ids(api.get(ALERTS + "?status=open", admin));
        assertThat(open).hasSize(3).doesNotContain(firstId);
        Api.Response all = api.get(ALERTS + "?per_page=2&page=2", admin);
        assertThat(all.body().path("pagination").path("total").asLong()).isEqualTo(4);
        assertThat(all.body().path("pagination").path("current_page").asInt()).isEqualTo(2);
        assertThat(all.data()).hasSize(2);

        aThresholdSetAfterTheFirstFallsIsHeeded(admin);

        // alerts move no money
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> assertThat(
                api.get("/api/v1/admin/ledger/accounts", admin).data().path("sum").decimalValue())
                .isEqualByComparingTo("0"));
        awaitCleanAudit(admin);
    }

    private void refusesBadInput(String admin, Party city, Party harbour, String alertId) {
        SoftAssertions softly = new SoftAssertions();
        refused(softly, api.put(THRESHOLD, city.token(), Map.of("threshold", -1)), 422, "threshold");
        refused(softly, api.put(THRESHOLD, city.token(), Map.of("threshold", new BigDecimal("12.345"))), 422,
                "threshold");
        refused(softly, api.put(THRESHOLD, city.token(), Map.of("threshold", "100")), 422, "threshold");
        refused(softly, api.put(THRESHOLD, city.token(), Map.of()), 422, "threshold");
        refused(softly, api.put(THRESHOLD, city.token(), Map.of("threshold", 100, "hospital_id", harbour.profileId())),
                422, "hospital_id");
        refused(softly, api.put(THRESHOLD, city.token(), "{not json"), 400, null);
        refused(softly, api.put(THRESHOLD, registerProfessional("nurse").token(), Map.of("threshold", 100)), 403,
                null);
        refused(softly, api.post("/api/v1/admin/settings", admin, Map.of("low_balance_threshold", -5)), 422,
                "low_balance_threshold");
        refused(softly, api.post("/api/v1/admin/settings", admin,
                Map.of("low_balance_threshold", new BigDecimal("1.001"))), 422, "low_balance_threshold");
        refused(softly, api.post(ALERTS + "/" + alertId + "/review", admin, Map.of("status", "open")), 422,
                "status");
        refused(softly, api.post(ALERTS + "/" + alertId + "/review", admin, Map.of("notes", "No status")), 422,
                "status");
        refused(softly, api.post(ALERTS + "/" + alertId + "/review", admin,
                Map.of("status", "reviewed", "notes", "x".repeat(1001))), 422, "notes");
        refused(softly, api.post(ALERTS + "/" + alertId + "/review", admin, "{not json"), 400, null);
        refused(softly, api.post(ALERTS + "/LBA-000000000000/review", admin, Map.of("status", "reviewed")), 404,
                null);
        refused(softly, api.post(ALERTS + "/987654321/review", admin, Map.of("status", "reviewed")), 404, null);
        refused(softly, api.get(ALERTS + "?status=closed", admin), 422, "status");
        refused(softly, api.get(ALERTS + "?page=0", admin), 422, "page");
        // another hospital reaches neither the list nor the review, and hears nothing of another's alert
        refused(softly, api.get(ALERTS, harbour.token()), 403, null);
        refused(softly, api.post(ALERTS + "/" + alertId + "/review", harbour.token(), Map.of("status", "reviewed")),
                403, null);
        softly.assertThat(dataOf(harbour)).as("another hospital's notifications").doesNotContain(alertId);
        softly.assertAll();

        JsonNode unchanged = alert(admin, alertId);
        assertThat(unchanged.path("status").asText()).isEqualTo("open");
        assertThat(api.get("/api/v1/admin/settings", admin).data().path("low_balance_threshold").decimalValue())
                .isEqualByComparingTo("8000.00");
    }

    /**
     * A wallet whose falls the alert process has already seen (it learned that the hospital set no threshold of its
     * own) gets one, raised above the platform's ₹8,000, then lowered below it: each fall is judged by the threshold
     * in force where it stands, not by what the process knew before.
     */
    private void aThresholdSetAfterTheFirstFallsIsHeeded(String admin) {
        Party bay = registerHospital();
        topUp(bay, "50000");
        requestWithdrawal(bay, "1000");
        assertThat(api.put(THRESHOLD, bay.token(), Map.of("threshold", 40000)).status()).isEqualTo(200);
        requestWithdrawal(bay, "5000");
        requestWithdrawal(bay, "5000");
        assertThat(api.put(THRESHOLD, bay.token(), Map.of("threshold", 1000)).status()).isEqualTo(200);
        requestWithdrawal(bay, "30000");
        requestWithdrawal(bay, "4500");
        requestWithdrawal(bay, "4000");

        List<JsonNode> alerts = awaitAlerts(admin, bay, 2);
        assertThat(alerts.get(1).path("balance").decimalValue()).isEqualByComparingTo("39000.00");
        assertThat(alerts.get(1).path("threshold").decimalValue()).isEqualByComparingTo("40000.00");
        // ₹4,500 is below the platform's threshold, but the wallet's own was ₹1,000 by then
        assertThat(alerts.get(0).path("balance").decimalValue()).isEqualByComparingTo("500.00");
        assertThat(alerts.get(0).path("threshold").decimalValue()).isEqualByComparingTo("1000.00");
    }

    /** The party's wallet's alerts, newest first, once there are {@code count} of them. */
    private List<JsonNode> awaitAlerts(String admin, Party party, int count) {
        List<JsonNode> alerts = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            alerts.clear();
            Api.Response response = api.get(ALERTS + "?per_page=100", admin);
            assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
            response.data().forEach(alert -> {
                if (alert.path("wallet_id").asLong() == party.walletId()) {
                    alerts.add(alert);
                }
            });
            assertThat(alerts).hasSize(count);
        });
        return alerts;
    }

    private JsonNode alert(String admin, String alertId) {
        for (JsonNode alert : api.get(ALERTS + "?per_page=100", admin).data()) {
            if (alert.path("id").asText().equals(alertId)) {
                return alert;
            }
        }
        throw new AssertionError("No alert " + alertId);
    }

    private JsonNode awaitNotification(Party party, String title) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            for (JsonNode notification : api.get("/api/v1/common/notifications", party.token()).data()) {
                if (notification.path("title").asText().equals(title)) {
                    found[0] = notification;
                }
            }
            assertThat(found[0]).as(title).isNotNull();
        });
        return found[0];
    }

    private List<String> titles(Party party) {
        awaitNotification(party, "Low wallet balance");
        return api.get("/api/v1/common/notifications", party.token()).data().findValuesAsText("title");
    }

    private String dataOf(Party party) {
        return api.get("/api/v1/common/notifications", party.token()).data().findValues("data").toString();
    }

    private static List<String> ids(Api.Response response) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        return response.data().findValuesAsText("id");
    }

    private static void refused(SoftAssertions softly, Api.Response response, int status, String field) {
        String description = response.status() + " " + response.body();
        softly.assertThat(response.status()).as(description).isEqualTo(status);
        softly.assertThat(response.body().path("success").asBoolean(true)).as(description).isFalse();
        if (field != null) {
            softly.assertThat(response.body().path("errors").path(field).isArray()).as(description).isTrue();
        }
    }
}
