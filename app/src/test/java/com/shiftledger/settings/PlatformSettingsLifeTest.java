package com.shiftledger.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.shiftledger.support.Api;
import com.shiftledger.support.IntegrationTest;
import com.shiftledger.support.PostgresTestDatabase;
import com.shiftledger.support.ShiftScenarios;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform's settings as an admin changes them: each change recorded with who made it and the old and new
 * value, bad values refused, and a change applying only to what starts after it. On a database of its own, so no
 * other test's shifts are priced by the changed terms.
 */
class PlatformSettingsLifeTest extends IntegrationTest {

    private static final String SETTINGS_DATABASE = PostgresTestDatabase.createDatabase("settings");

    @DynamicPropertySource
    static void settingsOfTheirOwn(DynamicPropertyRegistry registry) {
        registry.add(OWN_DATABASE_URL, () -> SETTINGS_DATABASE);
    }

    @Test
    void aChangeAppliesToWhatStartsAfterItAndIsLoggedWithWhoMadeIt() {
        String admin = adminToken();
        JsonNode defaults = api.get("/api/v1/admin/settings", admin).data();
        assertThat(defaults.path("service_charge_percent").decimalValue()).isEqualByComparingTo("10");
        assertThat(defaults.path("refund_fee_percent").decimalValue()).isEqualByComparingTo("10");
        assertThat(defaults.path("refund_hold_period").asText()).isEqualTo("PT2S");
        assertThat(defaults.path("sos_tiers")).hasSize(3);
        assertThat(defaults.path("sos_tiers").path(0).path("key").asText()).isEqualTo("under_2_hours");
        assertThat(defaults.path("sos_tiers").path(2).path("extra_pay_percent").decimalValue())
                .isEqualByComparingTo("75");

        Party hospital = registerHospital();
        topUp(hospital, "20000");
        long oldShift = publishedShift(hospital);

        Api.Response changed = api.post("/api/v1/admin/settings", admin, Map.of("service_charge_percent", 20,
                "refund_fee_percent", 25, "refund_hold_period", "PT3S", "sos_tiers", List.of(
                        Map.of("key", "within_15_mins", "label", "Within 15 Minutes", "minutes", 15,
                                "extra_pay_percent", 100))));
        assertThat(changed.status()).as(changed.body().toString()).isEqualTo(200);
        JsonNode now = api.get("/api/v1/admin/settings", admin).data();
        assertThat(now.path("service_charge_percent").decimalValue()).isEqualByComparingTo("20");
        assertThat(now.path("refund_hold_period").asText()).isEqualTo("PT3S");
        assertThat(api.get("/api/v1/hospital/emergency-sos/tiers", hospital.token()).data().toString())
                .contains("within_15_mins").doesNotContain("under_1_hour");

        long newShift = publishedShift(hospital);
        JsonNode oldView = api.get("/api/v1/hospital/shifts/" + oldShift, hospital.token()).data();
        JsonNode newView = api.get("/api/v1/hospital/shifts/" + newShift, hospital.token()).data();
        assertThat(oldView.path("service_charge_percent").decimalValue()).isEqualByComparingTo("10");
        assertThat(oldView.path("total_amount").decimalValue()).isEqualByComparingTo("1100.00");
        assertThat(newView.path("service_charge_percent").decimalValue()).isEqualByComparingTo("20");
        assertThat(newView.path("total_amount").decimalValue()).isEqualByComparingTo("1200.00");

        // each shift's cancellation keeps the refund fee and hold period it was created with
        JsonNode oldRefund = cancel(hospital, oldShift);
        JsonNode newRefund = cancel(hospital, newShift);
        assertThat(oldRefund.path("service_charge_deducted").decimalValue()).isEqualByComparingTo("110.00");
        assertThat(oldRefund.path("refund_amount").decimalValue()).isEqualByComparingTo("990.00");
        assertThat(newRefund.path("service_charge_deducted").decimalValue()).isEqualByComparingTo("300.00");
        assertThat(newRefund.path("refund_amount").decimalValue()).isEqualByComparingTo("900.00");
        JsonNode refunds = api.get("/api/v1/hospital/wallet/refunds", hospital.token()).data().path("data");
        assertThat(holdOf(refunds, oldRefund.path("refund_id").asText())).isEqualTo(Duration.ofSeconds(2));
        assertThat(holdOf(refunds, newRefund.path("refund_id").asText())).isEqualTo(Duration.ofSeconds(3));

        JsonNode log = api.get("/api/v1/admin/settings/activity-logs", admin).body();
        assertThat(log.path("pagination").path("total").asLong()).isEqualTo(4);
        List<String> settings = log.path("data").findValuesAsText("setting");
        assertThat(settings).containsExactlyInAnyOrder("service_charge_percent", "refund_fee_percent",
                "refund_hold_period", "sos_tiers");
        JsonNode serviceCharge = entryFor(log.path("data"), "service_charge_percent");
        assertThat(serviceCharge.path("old_value").asText()).isEqualTo("10");
        assertThat(serviceCharge.path("new_value").asText()).isEqualTo("20");
        assertThat(serviceCharge.path("changed_by").path("name").asText()).isEqualTo("Super Admin");
        assertThat(entryFor(log.path("data"), "refund_hold_period").path("old_value").asText()).isEqualTo("PT2S");

        Api.Response again = api.post("/api/v1/admin/settings", admin, Map.of("refund_fee_percent", 12.5));
        assertThat(again.status()).isEqualTo(200);
        JsonNode newest = api.get("/api/v1/admin/settings/activity-logs?per_page=1", admin).data().path(0);
        assertThat(newest.path("setting").asText()).isEqualTo("refund_fee_percent");
        assertThat(newest.path("old_value").asText()).isEqualTo("25");
        assertThat(newest.path("new_value").asText()).isEqualTo("12.5");
    }

    @Test
    void badValuesAreRefusedAndChangeNothing() {
        String admin = adminToken();
        JsonNode before = api.get("/api/v1/admin/settings", admin).data();
        long logged = api.get("/api/v1/admin/settings/activity-logs", admin).body().path("pagination").path("total")
                .asLong();
        Map<String, Object> tier = Map.of("key", "under_1_hour", "label", "Under 1 Hour", "minutes", 60,
                "extra_pay_percent", 50);
        List<Object[]> cases = List.of(
                new Object[]{Map.of("service_charge_percent", 101), "service_charge_percent"},
                new Object[]{Map.of("service_charge_percent", -1), "service_charge_percent"},
                new Object[]{Map.of("refund_fee_percent", 10.001), "refund_fee_percent"},
                new Object[]{Map.of("refund_hold_period", "7 days"), "refund_hold_period"},
                new Object[]{Map.of("refund_hold_period", "P91D"), "refund_hold_period"},
                new Object[]{Map.of("refund_hold_period", "-P7D"), "refund_hold_period"},
                new Object[]{Map.of("refund_hold_period", "PT0S"), "refund_hold_period"},
                new Object[]{Map.of("sos_tiers", List.of(tier, tier)), "sos_tiers.1.key"},
                new Object[]{Map.of("sos_tiers", List.of(with(tier, "minutes", 0))), "sos_tiers.0.minutes"},
                new Object[]{Map.of("sos_tiers", List.of(with(tier, "extra_pay_percent", 0))),
                        "sos_tiers.0.extra_pay_percent"},
                new Object[]{Map.of("sos_tiers", List.of(with(tier, "key", "Not A Key"))), "sos_tiers.0.key"},
                new Object[]{Map.of("sos_tiers", List.of()), "sos_tiers"});
        SoftAssertions softly = new SoftAssertions();
        for (Object[] bad : cases) {
            Api.Response response = api.post("/api/v1/admin/settings", admin, bad[0]);
            String description = bad[0] + " -> " + response.status() + " " + response.body();
            softly.assertThat(response.status()).as(description).isEqualTo(422);
            softly.assertThat(response.body().path("success").asBoolean(true)).as(description).isFalse();
            softly.assertThat(response.body().path("errors").path((String) bad[1]).isArray()).as(description)
                    .isTrue();
        }
        Party hospital = registerHospital();
        softly.assertThat(api.post("/api/v1/admin/settings", hospital.token(), Map.of("service_charge_percent", 5))
                .status()).isEqualTo(403);
        softly.assertThat(api.get("/api/v1/admin/settings", hospital.token()).status()).isEqualTo(403);
        softly.assertThat(api.get("/api/v1/admin/settings", null).status()).isEqualTo(401);
        softly.assertAll();
        assertThat(api.get("/api/v1/admin/settings", admin).data()).isEqualTo(before);
        assertThat(api.get("/api/v1/admin/settings/activity-logs", admin).body().path("pagination").path("total")
                .asLong()).isEqualTo(logged);
    }

    private long publishedShift(Party hospital) {
        Map<String, Object> body = new HashMap<>(ShiftScenarios.futureShift("nurse", "fixed", "1000", 1));
        body.put("status", "published");
        Api.Response created = api.post("/api/v1/hospital/shifts", hospital.token(), body);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.data().path("id").asLong();
    }

    private JsonNode cancel(Party hospital, long shiftId) {
        Api.Response cancelled = api.post("/api/v1/hospital/shifts/" + shiftId + "/cancel", hospital.token(), "{}");
        assertThat(cancelled.status()).as(cancelled.body().toString()).isEqualTo(200);
        return cancelled.body().path("refund_details");
    }

    private static Duration holdOf(JsonNode refunds, String refundId) {
        for (JsonNode refund : refunds) {
            if (refund.path("refund_id").asText().equals(refundId)) {
                return Duration.between(Instant.parse(refund.path("requested_at").asText()),
                        Instant.parse(refund.path("available_at").asText()));
            }
        }
        throw new AssertionError("Refund " + refundId + " is not in " + refunds);
    }

    private static JsonNode entryFor(JsonNode entries, String setting) {
        for (JsonNode entry : entries) {
            if (entry.path("setting").asText().equals(setting)) {
                return entry;
            }
        }
        throw new AssertionError("No change of " + setting + " in " + entries);
    }

    private static Map<String, Object> with(Map<String, Object> tier, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(tier);
        changed.put(field, value);
        return changed;
    }
}
