package com.shiftledger.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.shiftledger.support.Api;
import com.shiftledger.support.ShiftScenarios;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboards against the scripted history of {@link DashboardHistory}: every figure exact, each party seeing only
 * its own, the admin's figures growing by exactly the history, the admin's shift list and the activity feed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardsTest extends DashboardHistory {

    private History history;
    private String admin;
    private JsonNode adminBefore;

    @BeforeAll
    void playTheHistory() {
        connect();
        admin = adminToken();
        awaitCaughtUp(DASHBOARD_PROCESSORS);
        adminBefore = api.get("/api/v1/admin/dashboard", admin).data();
        history = script();
    }

    @Test
    void aHospitalsDashboardShowsItsHistoryToThePaisa() {
        JsonNode data = awaitGet("/api/v1/hospital/dashboard", history.hospital().token(), body -> {
            JsonNode figures = body.path("data");
            assertThat(figures.path("stats").path("completed_shifts").asLong()).isEqualTo(1);
            assertThat(figures.path("stats").path("professionals_hired").asLong()).isEqualTo(2);
            assertThat(figures.path("financial_overview").path("total_spent_this_month").decimalValue())
                    .isEqualByComparingTo("3910.00");
        }).path("data");

        assertThat(data.path("hospital").path("id").asLong()).isEqualTo(history.hospital().profileId());
        assertThat(data.path("hospital").path("name").asText()).isEqualTo("City Hospital");
        assertThat(data.path("hospital").path("email").asText()).isEqualTo(history.hospital().email());
        assertThat(data.path("kyc_status").asText()).isEqualTo("pending");
        assertThat(data.path("wallet_balance").decimalValue()).isEqualByComparingTo("16090.00");
        assertThat(data.path("subscription").path("plan").asText()).isEqualTo("Free");
        assertThat(data.path("subscription").path("expires_at").isNull()).isTrue();
        assertThat(data.path("attendance").path("today_checked_in").asLong()).isEqualTo(1);
        assertThat(data.path("attendance").path("today_completed").asLong()).isEqualTo(1);
        assertThat(fieldsOf(data.path("shifts"))).containsExactly("total", "published", "completed");
        assertThat(data.path("shifts").path("total").asLong()).isEqualTo(4);
        assertThat(data.path("shifts").path("published").asLong()).isEqualTo(1);
        assertThat(data.path("shifts").path("completed").asLong()).isEqualTo(1);
        assertThat(fieldsOf(data.path("stats"))).containsExactly("total_shifts", "completed_shifts",
                "professionals_hired");
        assertThat(data.path("stats").path("total_shifts").asLong()).isEqualTo(4);
        JsonNode money = data.path("financial_overview");
        assertThat(fieldsOf(money)).containsExactly("total_spent_this_month", "avg_cost_per_shift",
                "service_charges_paid");
        assertThat(money.path("avg_cost_per_shift").decimalValue()).isEqualByComparingTo("1303.33");
        assertThat(money.path("service_charges_paid").decimalValue()).isEqualByComparingTo("80.00");
        assertThat(data.path("pending_applications").asLong()).isEqualTo(1);
        assertThat(ids(data.path("recent_shifts")))
                .containsExactly(history.shiftD(), history.shiftC(), history.shiftB(), history.shiftA());
    }

    @Test
    void aHospitalsStatsShowItsFacilityAndMoneyToThePaisa() {
        JsonNode data = awaitGet("/api/v1/hospital/stats", history.hospital().token(), body -> assertThat(
                body.path("data").path("financial_overview").path("total_spent_all_time").decimalValue())
                .isEqualByComparingTo("3910.00")).path("data");

        JsonNode facility = data.path("facility_statistics");
        assertThat(fieldsOf(facility)).containsExactly("total_shifts", "active_shifts", "completed_shifts",
                "professionals_hired", "avg_rating");
        assertThat(facility.path("total_shifts").asLong()).isEqualTo(4);
        assertThat(facility.path("active_shifts").asLong()).isEqualTo(1);
        assertThat(facility.path("completed_shifts").asLong()).isEqualTo(1);
        assertThat(facility.path("professionals_hired").asLong()).isEqualTo(2);
        assertThat(facility.path("avg_rating").isNull()).isTrue();
        JsonNode money = data.path("financial_overview");
        assertThat(fieldsOf(money)).containsExactly("total_spent_this_month", "avg_cost_per_shift",
                "service_charges_paid", "total_spent_all_time");
        assertThat(money.path("total_spent_this_month").decimalValue()).isEqualByComparingTo("3910.00");
        assertThat(money.path("avg_cost_per_shift").decimalValue()).isEqualByComparingTo("1303.33");
        assertThat(money.path("service_charges_paid").decimalValue()).isEqualByComparingTo("80.00");
    }

    @Test
    void aProfessionalsDashboardShowsTheirOwnWorkAndAgreesWithTheirApplications() {
        Party asha = history.asha();
        JsonNode data = awaitGet("/api/v1/professional/dashboard", asha.token(), body -> assertThat(
                body.path("data").path("stats").path("total_earnings").decimalValue())
                .isEqualByComparingTo("800.00")).path("data");

        assertThat(data.path("professional").path("id").asLong()).isEqualTo(asha.profileId());
        assertThat(data.path("professional").path("first_name").asText()).isEqualTo("John");
        assertThat(data.path("kyc_status").asText()).isEqualTo("pending");
        assertThat(data.path("wallet_balance").decimalValue()).isEqualByComparingTo("800.00");
        assertThat(data.path("rating").isNull()).isTrue();
        assertThat(data.path("reliability_score").isNull()).isTrue();
        JsonNode today = data.path("today_attendance");
        assertThat(today.path("shift_id").asLong()).isEqualTo(history.shiftC());
        assertThat(today.path("status").asText()).isEqualTo("completed");
        assertThat(today.path("check_in_time").asText()).matches("[0-2][0-9]:[0-5][0-9]");
        assertThat(fieldsOf(data.path("applications"))).containsExactly("pending", "accepted", "rejected");
        assertThat(data.path("applications").path("pending").asLong()).isZero();
        assertThat(data.path("applications").path("accepted").asLong()).isEqualTo(2);
        assertThat(data.path("applications").path("rejected").asLong()).isZero();
        assertThat(ids(data.path("upcoming_shifts"))).containsExactly(history.shiftB());
        JsonNode stats = data.path("stats");
        assertThat(fieldsOf(stats)).containsExactly("completed_shifts", "cancelled_shifts", "monthly_earnings",
                "total_earnings");
        assertThat(stats.path("completed_shifts").asLong()).isEqualTo(1);
        assertThat(stats.path("cancelled_shifts").asLong()).isZero();
        assertThat(stats.path("monthly_earnings").decimalValue()).isEqualByComparingTo("800.00");

        JsonNode bina = awaitGet("/api/v1/professional/dashboard", history.bina().token(), body -> assertThat(
                body.path("data").path("stats").path("cancelled_shifts").asLong()).isEqualTo(1)).path("data");
        assertThat(bina.path("applications").path("accepted").asLong()).isZero();
        assertThat(bina.path("applications").path("rejected").asLong()).isEqualTo(1);
        assertThat(bina.path("stats").path("completed_shifts").asLong()).isZero();
        assertThat(bina.path("stats").path("total_earnings").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(bina.path("wallet_balance").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(bina.path("today_attendance").isNull()).isTrue();
        assertThat(bina.path("upcoming_shifts")).isEmpty();

        for (Party professional : List.of(asha, history.bina(), history.chitra(), history.devi())) {
            JsonNode applications = api.get("/api/v1/professional/dashboard", professional.token()).data()
                    .path("applications");
            for (String status : List.of("pending", "accepted", "rejected")) {
                long listed = api.get("/api/v1/professional/my-applications?status=" + status, professional.token())
                        .body().path("pagination").path("total").asLong();
                assertThat(applications.path(status).asLong()).as(status).isEqualTo(listed);
            }
        }
        assertThat(api.get("/api/v1/professional/dashboard", history.chitra().token()).data()
                .path("applications").path("pending").asLong()).isEqualTo(1);
    }

    @Test
    void theAdminsDashboardGrowsByExactlyTheHistory() {
        JsonNode data = awaitGet("/api/v1/admin/dashboard", admin, body -> {
            JsonNode figures = body.path("data");
            assertThat(delta(figures, "revenue", "total")).isEqualByComparingTo("410.00");
            assertThat(delta(figures, "shifts", "total")).isEqualByComparingTo("5");
        }).path("data");

        assertThat(fieldsOf(data.path("hospitals"))).containsExactly("total", "active", "pending", "growth");
        assertThat(fieldsOf(data.path("professionals"))).containsExactly("total", "active", "growth");
        assertThat(fieldsOf(data.path("shifts"))).containsExactly("total", "active", "cancelled");
        assertThat(fieldsOf(data.path("revenue"))).containsExactly("total", "this_month", "growth");
        assertThat(delta(data, "hospitals", "total")).isEqualByComparingTo("2");
        assertThat(delta(data, "hospitals", "active")).isEqualByComparingTo("2");
        assertThat(delta(data, "hospitals", "pending")).isEqualByComparingTo("0");
        assertThat(delta(data, "professionals", "total")).isEqualByComparingTo("4");
        assertThat(delta(data, "professionals", "active")).isEqualByComparingTo("4");
        assertThat(delta(data, "shifts", "active")).isEqualByComparingTo("2");
        assertThat(delta(data, "shifts", "cancelled")).isEqualByComparingTo("1");
        assertThat(delta(data, "revenue", "this_month")).isEqualByComparingTo("410.00");
        assertThat(data.path("revenue").path("total").decimalValue())
                .isEqualByComparingTo(platformRevenueInTheJournal());

        YearMonth month = YearMonth.now(ShiftScenarios.PLATFORM_ZONE);
        assertThat(growth(data.path("revenue"))).isEqualTo(expectedGrowth("revenue", month));
        assertThat(growth(data.path("hospitals"))).isEqualTo(expectedGrowth("hospitals", month));
        assertThat(growth(data.path("professionals"))).isEqualTo(expectedGrowth("professionals", month));
    }

    @Test
    void theAdminsShiftListHasTheSeedsShapeFiltersAndPages() {
        long hospitalId = history.hospital().profileId();
        JsonNode all = awaitGet("/api/v1/admin/shifts?hospital_id=" + hospitalId, admin, body -> assertThat(
                body.path("meta").path("total").asLong()).isEqualTo(4));
        assertThat(all.path("success").asBoolean()).isTrue();
        assertThat(ids(all.path("data"))).hasSize(4).startsWith(history.shiftB()).endsWith(history.shiftC());
        JsonNode shiftB = all.path("data").get(0);
        assertThat(fieldsOf(shiftB)).containsExactly("id", "title", "hospital_name", "shift_date", "start_time",
                "status", "positions_filled", "positions_total");
        assertThat(shiftB.path("hospital_name").asText()).isEqualTo("City Hospital");
        assertThat(shiftB.path("shift_date").asText()).isEqualTo(today().plusDays(4).toString());
        assertThat(shiftB.path("start_time").asText()).isEqualTo("08:00");
        assertThat(shiftB.path("status").asText()).isEqualTo("published");
        assertThat(shiftB.path("positions_filled").asInt()).isEqualTo(1);
        assertThat(shiftB.path("positions_total").asInt()).isEqualTo(2);
        assertThat(all.path("meta").path("current_page").asInt()).isEqualTo(1);
        assertThat(all.path("meta").path("last_page").asInt()).isEqualTo(1);

        JsonNode cancelled = api.get("/api/v1/admin/shifts?status=cancelled&hospital_id=" + hospitalId, admin).body();
        assertThat(ids(cancelled.path("data"))).containsExactly(history.shiftA());
        assertThat(cancelled.path("meta").path("total").asLong()).isEqualTo(1);
        JsonNode ahead = api.get("/api/v1/admin/shifts?hospital_id=" + hospitalId + "&date_from="
                + today().plusDays(1), admin).body();
        assertThat(ids(ahead.path("data"))).containsExactlyInAnyOrder(history.shiftA(), history.shiftB(),
                history.shiftD());
        assertThat(ahead.path("meta").path("total").asLong()).isEqualTo(3);
        JsonNode second = api.get("/api/v1/admin/shifts?per_page=3&page=2&hospital_id=" + hospitalId, admin).body();
        assertThat(ids(second.path("data"))).containsExactly(history.shiftC());
        assertThat(second.path("meta").path("current_page").asInt()).isEqualTo(2);
        assertThat(second.path("meta").path("per_page").asInt()).isEqualTo(3);
        assertThat(second.path("meta").path("last_page").asInt()).isEqualTo(2);
        JsonNode other = api.get("/api/v1/admin/shifts?hospital_id=" + history.otherHospital().profileId(), admin)
                .body();
        assertThat(ids(other.path("data"))).containsExactly(history.otherShift());
        assertThat(api.get("/api/v1/admin/shifts?status=in_progress", admin).status()).isEqualTo(200);
        JsonNode everyone = api.get("/api/v1/admin/shifts?per_page=100", admin).body();
        assertThat(everyone.path("meta").path("total").asLong()).isGreaterThanOrEqualTo(5);
        assertThat(everyone.path("data")).hasSizeLessThanOrEqualTo(100);
    }

    @Test
    void theAdminSeesAnyShiftInFullWithItsApplications() {
        Api.Response shift = api.get("/api/v1/admin/shifts/" + history.shiftB(), admin);
        assertThat(shift.status()).as(shift.body().toString()).isEqualTo(200);
        assertThat(shift.data().path("id").asLong()).isEqualTo(history.shiftB());
        assertThat(shift.data().path("hospital_id").asLong()).isEqualTo(history.hospital().profileId());
        assertThat(shift.data().path("shift_code").asText()).startsWith("SFT-");
        assertThat(shift.data().path("positions_required").asInt()).isEqualTo(2);
        assertThat(shift.data().path("applications")).hasSize(4);
        List<String> statuses = new ArrayList<>();
        shift.data().path("applications").forEach(application -> statuses.add(application.path("status").asText()));
        assertThat(statuses).containsExactlyInAnyOrder("accepted", "pending", "rejected", "rejected");
        Api.Response missing = api.get("/api/v1/admin/shifts/999999999999", admin);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body().path("success").asBoolean()).isFalse();
        assertThat(api.get("/api/v1/admin/shifts/abc", admin).status()).isEqualTo(404);
    }

    @Test
    void theActivityFeedTellsTheHistoryNewestFirst() {
        long hospitalId = history.hospital().profileId();
        JsonNode feed = awaitGet("/api/v1/admin/dashboard/recent-activities?per_page=100", admin, body ->
                assertThat(typesFor(body.path("data"), hospitalId)).contains("shift_completed", "refund_credited"));
        JsonNode entries = feed.path("data");
        assertThat(feed.path("pagination").path("per_page").asInt()).isEqualTo(100);
        assertThat(feed.path("pagination").path("total").asLong()).isGreaterThanOrEqualTo(entries.size());
        List<String> types = typesFor(entries, hospitalId);
        assertThat(types).containsExactlyInAnyOrder("hospital_registered", "wallet_topup", "wallet_topup",
                "shift_created", "shift_created", "shift_created", "shift_created", "shift_published",
                "shift_published", "shift_published", "shift_cancelled", "refund_requested", "refund_requested",
                "emergency_sos", "shift_completed", "refund_credited", "refund_credited");
        assertThat(amountsOf(entries, hospitalId, "wallet_topup")).containsExactlyInAnyOrder("15000.00", "5000.00");
        assertThat(amountsOf(entries, hospitalId, "shift_published"))
                .containsExactlyInAnyOrder("2200.00", "3300.00", "880.00");
        assertThat(amountsOf(entries, hospitalId, "emergency_sos")).containsExactly("500.00");
        assertThat(amountsOf(entries, hospitalId, "refund_credited")).containsExactlyInAnyOrder("1980.00", "990.00");
        assertThat(amountsOf(entries, hospitalId, "shift_cancelled")).containsExactly("null");
        JsonNode cancel = entriesFor(entries, hospitalId, "shift_cancelled").get(0);
        assertThat(cancel.path("description").asText()).startsWith("City Hospital cancelled shift SFT-")
                .endsWith(": Ward closed");
        assertThat(cancel.path("actor").path("type").asText()).isEqualTo("hospital");
        assertThat(cancel.path("actor").path("id").asLong()).isEqualTo(hospitalId);
        assertThat(cancel.path("reference_type").asText()).isEqualTo("shift");
        assertThat(cancel.path("reference_id").asLong()).isEqualTo(history.shiftA());
        List<Instant> times = new ArrayList<>();
        entries.forEach(entry -> times.add(Instant.parse(entry.path("created_at").asText())));
        assertThat(times).isSortedAccordingTo((a, b) -> b.compareTo(a));

        JsonNode first = api.get("/api/v1/admin/dashboard/recent-activities?per_page=2", admin).body();
        JsonNode second = api.get("/api/v1/admin/dashboard/recent-activities?per_page=2&page=2", admin).body();
        assertThat(first.path("data")).hasSize(2);
        assertThat(second.path("pagination").path("current_page").asInt()).isEqualTo(2);
        assertThat(second.path("data").get(0).path("id").asText())
                .isNotEqualTo(first.path("data").get(0).path("id").asText());
    }

    @Test
    void anotherHospitalSeesOnlyItsOwnFigures() {
        Party other = history.otherHospital();
        JsonNode data = awaitGet("/api/v1/hospital/dashboard", other.token(), body -> assertThat(body.path("data")
                .path("financial_overview").path("total_spent_this_month").decimalValue())
                .isEqualByComparingTo("330.00")).path("data");
        assertThat(data.path("hospital").path("id").asLong()).isEqualTo(other.profileId());
        assertThat(data.path("wallet_balance").decimalValue()).isEqualByComparingTo("670.00");
        assertThat(data.path("stats").path("total_shifts").asLong()).isEqualTo(1);
        assertThat(data.path("stats").path("professionals_hired").asLong()).isZero();
        assertThat(data.path("financial_overview").path("avg_cost_per_shift").decimalValue())
                .isEqualByComparingTo("330.00");
        assertThat(data.path("financial_overview").path("service_charges_paid").decimalValue())
                .isEqualByComparingTo("0.00");
        assertThat(data.path("pending_applications").asLong()).isZero();
        assertThat(data.path("attendance").path("today_checked_in").asLong()).isZero();
        assertThat(ids(data.path("recent_shifts"))).containsExactly(history.otherShift());
        JsonNode stats = api.get("/api/v1/hospital/stats", other.token()).data();
        assertThat(stats.path("facility_statistics").path("active_shifts").asLong()).isEqualTo(1);
        assertThat(stats.path("financial_overview").path("total_spent_all_time").decimalValue())
                .isEqualByComparingTo("330.00");

        Party newcomer = registerHospital();
        JsonNode empty = api.get("/api/v1/hospital/dashboard", newcomer.token()).data();
        assertThat(empty.path("stats").path("total_shifts").asLong()).isZero();
        assertThat(empty.path("financial_overview").path("avg_cost_per_shift").decimalValue())
                .isEqualByComparingTo("0.00");
        assertThat(empty.path("recent_shifts")).isEmpty();
    }

    @Test
    void eachDashboardIsForItsOwnRoleOnly() {
        String hospital = history.hospital().token();
        String professional = history.asha().token();
        for (String path : List.of("/api/v1/admin/dashboard", "/api/v1/admin/dashboard/recent-activities",
                "/api/v1/admin/shifts", "/api/v1/admin/shifts/" + history.shiftA())) {
            assertThat(api.get(path, hospital).status()).as(path).isEqualTo(403);
            assertThat(api.get(path, professional).status()).as(path).isEqualTo(403);
            assertThat(api.get(path, null).status()).as(path).isEqualTo(401);
        }
        for (String path : List.of("/api/v1/hospital/dashboard", "/api/v1/hospital/stats")) {
            assertThat(api.get(path, professional).status()).as(path).isEqualTo(403);
            assertThat(api.get(path, admin).status()).as(path).isEqualTo(403);
        }
        assertThat(api.get("/api/v1/professional/dashboard", hospital).status()).isEqualTo(403);
        Api.Response forbidden = api.get("/api/v1/admin/dashboard", hospital);
        assertThat(forbidden.body().path("success").asBoolean()).isFalse();
        assertThat(forbidden.body().path("message").asText()).isNotBlank();
    }

    @Test
    void badQueryInputIsRefusedWith422() {
        Map<String, String> cases = Map.ofEntries(
                Map.entry("/api/v1/admin/shifts?page=0", "page"),
                Map.entry("/api/v1/admin/shifts?page=-1", "page"),
                Map.entry("/api/v1/admin/shifts?page=abc", "page"),
                Map.entry("/api/v1/admin/shifts?page=10001", "page"),
                Map.entry("/api/v1/admin/shifts?page=99999999999999999999999", "page"),
                Map.entry("/api/v1/admin/shifts?per_page=0", "per_page"),
                Map.entry("/api/v1/admin/shifts?per_page=101", "per_page"),
                Map.entry("/api/v1/admin/shifts?per_page=1.5", "per_page"),
                Map.entry("/api/v1/admin/shifts?hospital_id=0", "hospital_id"),
                Map.entry("/api/v1/admin/shifts?hospital_id=abc", "hospital_id"),
                Map.entry("/api/v1/admin/shifts?status=open", "status"),
                Map.entry("/api/v1/admin/shifts?date_from=2025-13-01", "date_from"),
                Map.entry("/api/v1/admin/shifts?date_from=yesterday", "date_from"),
                Map.entry("/api/v1/admin/dashboard/recent-activities?page=0", "page"),
                Map.entry("/api/v1/admin/dashboard/recent-activities?page=1000000", "page"),
                Map.entry("/api/v1/admin/dashboard/recent-activities?per_page=500", "per_page"));
        cases.forEach((path, field) -> {
            Api.Response refused = api.get(path, admin);
            assertThat(refused.status()).as(path + " " + refused.body()).isEqualTo(422);
            assertThat(refused.body().path("success").asBoolean()).as(path).isFalse();
            assertThat(refused.body().path("message").asText()).as(path).isNotBlank();
            assertThat(refused.body().path("errors").path(field).isArray()).as(path + " " + refused.body()).isTrue();
        });
        Api.Response both = api.get("/api/v1/admin/shifts?page=0&status=open", admin);
        assertThat(both.body().path("errors").has("page")).isTrue();
        assertThat(both.body().path("errors").has("status")).isTrue();
    }

    @Test
    void everyDashboardEndpointIsDocumented() {
        JsonNode paths = api.get("/v3/api-docs", null).body().path("paths");
        for (String path : List.of("/api/v1/hospital/dashboard", "/api/v1/hospital/stats",
                "/api/v1/professional/dashboard", "/api/v1/admin/dashboard",
                "/api/v1/admin/dashboard/recent-activities", "/api/v1/admin/shifts", "/api/v1/admin/shifts/{id}")) {
            assertThat(paths.path(path).path("get").path("summary").asText()).as(path).isNotBlank();
        }
    }

    private BigDecimal delta(JsonNode now, String block, String figure) {
        return now.path(block).path(figure).decimalValue()
                .subtract(adminBefore.path(block).path(figure).decimalValue());
    }

    private BigDecimal platformRevenueInTheJournal() {
        Long paise = jdbc.queryForObject("select coalesce(sum(amount_paise), 0) from journal_line "
                + "where account = 'platform:revenue'", Long.class);
        return BigDecimal.valueOf(paise == null ? 0 : paise, 2);
    }

    /** The growth rule applied to the dashboard's own monthly counters. */
    private Integer expectedGrowth(String figure, YearMonth month) {
        long thisMonth = counter("platform:" + month + "/" + figure);
        long lastMonth = counter("platform:" + month.minusMonths(1) + "/" + figure);
        if (lastMonth == 0) {
            return null;
        }
        return BigDecimal.valueOf((thisMonth - lastMonth) * 100).divide(BigDecimal.valueOf(lastMonth), 0,
                RoundingMode.HALF_UP).intValueExact();
    }

    private long counter(String key) {
        List<Long> amounts = jdbc.queryForList("select amount from dashboard_counter where counter_key = ?",
                Long.class, key);
        return amounts.isEmpty() ? 0 : amounts.get(0);
    }

    private static Integer growth(JsonNode block) {
        return block.path("growth").isNull() ? null : block.path("growth").asInt();
    }

    private static LocalDate today() {
        return LocalDate.now(ShiftScenarios.PLATFORM_ZONE);
    }

    static List<String> fieldsOf(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static List<Long> ids(JsonNode items) {
        return StreamSupport.stream(items.spliterator(), false).map(item -> item.path("id").asLong()).toList();
    }

    private static List<JsonNode> entriesFor(JsonNode entries, long hospitalId, String type) {
        return StreamSupport.stream(entries.spliterator(), false)
                .filter(entry -> entry.path("hospital").path("id").asLong() == hospitalId)
                .filter(entry -> type == null || entry.path("type").asText().equals(type))
                .toList();
    }

    private static List<String> typesFor(JsonNode entries, long hospitalId) {
        return entriesFor(entries, hospitalId, null).stream().map(entry -> entry.path("type").asText()).toList();
    }

    private static List<String> amountsOf(JsonNode entries, long hospitalId, String type) {
        return entriesFor(entries, hospitalId, type).stream()
                .map(entry -> entry.path("amount").isNull() ? "null"
                        : entry.path("amount").decimalValue().setScale(2, RoundingMode.UNNECESSARY).toPlainString())
                .toList();
    }
}
