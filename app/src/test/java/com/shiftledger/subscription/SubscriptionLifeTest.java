package com.shiftledger.subscription;

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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static com.shiftledger.support.Concurrently.concurrently;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Subscriptions on PostgreSQL, on a ledger of their own: an admin keeps the plans, a hospital pays for one from its
 * wallet ({@code hospital:{h} → platform:revenue}) once per Idempotency-Key, is refused when short or on bad input
 * with nothing moved, renews before expiry, and may create shifts and raise SOS requests only within its plan's
 * monthly limits (the free plan's are 1 shift and no SOS here).
 */
class SubscriptionLifeTest extends IntegrationTest {

    private static final String SUBSCRIPTION_DATABASE = PostgresTestDatabase.createDatabase("subscription");
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private static final String PLANS = "/api/v1/admin/finance/subscription-plans";
    private static final String SUBSCRIBE = "/api/v1/hospital/subscription/subscribe";
    private static final String FREE_SOS_EXHAUSTED = "Free SOS limit exhausted, subscription required";
    private static final String CLAIM = "/api/v1/hospital/subscription/claim-";
    private static final String ROSTER_LIMIT = "/api/v1/hospital/subscription/check-roster-limit";
    private static final String VACANCY_LIMIT = "/api/v1/hospital/subscription/check-vacancy-limit";
    private static final String FREE_SHIFTS_EXHAUSTED = "Free shift limit exhausted, subscription required";

    @DynamicPropertySource
    static void ledgerOfItsOwnAndNoFreeSos(DynamicPropertyRegistry registry) {
        registry.add(OWN_DATABASE_URL, () -> SUBSCRIPTION_DATABASE);
        registry.add(FREE_SOS_PER_MONTH, () -> "0");
        registry.add("shiftledger.subscription.free-shifts-per-month", () -> "1");
    }

    @Test
    void aHospitalPaysForAPlanOnceAndMayThenRaiseAnSos() {
        String admin = adminToken();
        long premium = createPlan(admin);
        refusesBadPlans(admin, premium);

        Party hospital = registerHospital();
        topUp(hospital, "10000");
        JsonNode free = api.get("/api/v1/hospital/subscription", hospital.token()).data();
        assertThat(free.path("plan").path("name").asText()).isEqualTo("Free");
        assertThat(free.path("plan").path("sos_limit").asInt()).isZero();
        assertThat(api.post("/api/v1/auth/login", null, Map.of("email", hospital.email(), "password", "Secret@123"))
                .data().path("subscription").path("plan").path("name").asText()).isEqualTo("Free");
        JsonNode allowance = api.get("/api/v1/hospital/subscription/check-sos-limit", hospital.token()).data();
        assertThat(allowance.path("used").asLong()).isZero();
        assertThat(allowance.path("limit").asInt()).isZero();
        assertThat(allowance.path("remaining").asLong()).isZero();
        assertThat(Instant.parse(allowance.path("resets_at").asText()).atZone(ZoneId.of("Asia/Kolkata"))
                .getDayOfMonth()).isEqualTo(1);

        // a shift of ₹1000 + 10 % service charge, the free plan's one shift; its SOS is refused and nothing moves
        long shiftId = publishedShift(hospital);
        JsonNode shifts = api.get("/api/v1/hospital/subscription/check-shift-limit", hospital.token()).data();
        assertThat(shifts.path("used").asLong()).isEqualTo(1);
        assertThat(shifts.path("limit").asInt()).isEqualTo(1);
        assertThat(shifts.path("remaining").asLong()).isZero();
        Api.Response refusedSos = raiseSos(hospital, shiftId);
        assertThat(refusedSos.status()).as(refusedSos.body().toString()).isEqualTo(403);
        assertThat(refusedSos.text("message")).isEqualTo(FREE_SOS_EXHAUSTED);
        assertThat(wallet(hospital).path("balance").decimalValue()).isEqualByComparingTo("8900.00");

        refusesBadSubscriptions(hospital, premium);
        short_(premium);

        // 6 months of ₹999 less 10 % = ₹5394.60, paid once however often the key comes again
        Map<String, String> key = Map.of("Idempotency-Key", "subscribe-" + unique());
        Api.Response subscribed = api.post(SUBSCRIBE, hospital.token(), Map.of("plan_id", premium,
                "duration_months", 6), key);
        assertThat(subscribed.status()).as(subscribed.body().toString()).isEqualTo(200);
        assertThat(subscribed.text("message")).isEqualTo("Subscription successful");
        assertThat(subscribed.text("data.status")).isEqualTo("active");
        assertThat(subscribed.data().path("amount_paid").decimalValue()).isEqualByComparingTo("5394.60");
        // the seed's date: the last day in force, in the platform's time zone
        LocalDate expires = LocalDate.parse(subscribed.text("data.expires_at"));
        assertThat(expires).isEqualTo(LocalDate.now(KOLKATA).plusMonths(6).minusDays(1));
        Api.Response repeated = api.post(SUBSCRIBE, hospital.token(), Map.of("plan_id", premium,
                "duration_months", 6), key);
        assertThat(repeated.status()).isEqualTo(200);
        assertThat(repeated.text("data.expires_at")).isEqualTo(subscribed.text("data.expires_at"));
        assertThat(wallet(hospital).path("balance").decimalValue()).isEqualByComparingTo("3505.40");
        JsonNode history = api.get("/api/v1/hospital/transactions?category=subscription", hospital.token()).data();
        assertThat(history.toString().split("\"category\":\"subscription\"", -1)).as(history.toString())
                .hasSize(2);

        // a renewal before expiry extends from the current expiry
        Api.Response renewed = api.post(SUBSCRIBE, hospital.token(), Map.of("plan_id", premium,
                "duration_months", 1));
        assertThat(renewed.status()).as(renewed.body().toString()).isEqualTo(200);
        assertThat(LocalDate.parse(renewed.text("data.expires_at")))
                .isEqualTo(expires.plusDays(1).plusMonths(1).minusDays(1));
        JsonNode current = api.get("/api/v1/hospital/subscription", hospital.token()).data();
        assertThat(current.path("plan").path("name").asText()).isEqualTo("Premium Plus");
        assertThat(current.path("expires_at").asText()).isEqualTo(renewed.text("data.expires_at"));
        JsonNode dashboard = api.get("/api/v1/hospital/dashboard", hospital.token()).data().path("subscription");
        assertThat(dashboard.path("plan").asText()).isEqualTo("Premium Plus");
        assertThat(dashboard.path("expires_at").asText()).isEqualTo(renewed.text("data.expires_at"));
        JsonNode login = api.post("/api/v1/auth/login", null, Map.of("email", hospital.email(),
                "password", "Secret@123")).data().path("subscription");
        assertThat(login.path("id").asLong()).isEqualTo(premium);
        assertThat(login.path("plan").path("name").asText()).isEqualTo("Premium Plus");
        assertThat(login.path("expires_at").asText()).isEqualTo(renewed.text("data.expires_at"));

        // on the plan two SOS a month: this one is allowed (50 % of ₹1000 for the open position)
        Api.Response sos = raiseSos(hospital, shiftId);
        assertThat(sos.status()).as(sos.body().toString()).isEqualTo(201);
        JsonNode used = api.get("/api/v1/hospital/subscription/check-sos-limit", hospital.token()).data();
        assertThat(used.path("used").asLong()).isEqualTo(1);
        assertThat(used.path("limit").asInt()).isEqualTo(2);
        assertThat(used.path("remaining").asLong()).isEqualTo(1);
        JsonNode planShifts = api.get("/api/v1/hospital/subscription/check-shift-limit", hospital.token()).data();
        assertThat(planShifts.path("used").asLong()).isEqualTo(1);
        assertThat(planShifts.path("limit").asInt()).isEqualTo(50);
        assertThat(planShifts.path("remaining").asLong()).isEqualTo(49);
        assertThat(wallet(hospital).path("balance").decimalValue()).isEqualByComparingTo("2006.40");

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            JsonNode ledger = api.get("/api/v1/admin/ledger/accounts", admin).data();
            assertThat(balanceOf(ledger, "platform:revenue")).isEqualByComparingTo("6393.60");
            assertThat(balanceOf(ledger, hospital.account())).isEqualByComparingTo("2006.40");
            assertThat(ledger.path("sum").decimalValue()).isEqualByComparingTo("0");
        });
        awaitCleanAudit(admin);
        freePlanLimitsAreSettings(admin);
        aPlanWithoutALimitHasNone(admin);
    }

    /** An admin changes the free plan's limits in /admin/settings: null is unlimited, bad values change nothing. */
    private void freePlanLimitsAreSettings(String admin) {
        Party free = registerHospital();
        assertThat(api.get("/api/v1/hospital/subscription/check-sos-limit", free.token()).data().path("limit")
                .asInt()).isZero();
        Map<String, Object> change = new HashMap<>();
        change.put("free_plan_sos_limit", 3);
        change.put("free_plan_shift_limit", null);
        Api.Response changed = api.post("/api/v1/admin/settings", admin, change);
        assertThat(changed.status()).as(changed.body().toString()).isEqualTo(200);
        assertThat(changed.data().path("free_plan_sos_limit").asInt()).isEqualTo(3);
        assertThat(changed.data().path("free_plan_shift_limit").isNull()).isTrue();
        JsonNode settings = api.get("/api/v1/admin/settings", admin).data();
        assertThat(settings.path("free_plan_sos_limit").asInt()).isEqualTo(3);
        assertThat(settings.path("free_plan_shift_limit").isNull()).as(settings.toString()).isTrue();
        JsonNode sos = api.get("/api/v1/hospital/subscription/check-sos-limit", free.token()).data();
        assertThat(sos.path("limit").asInt()).isEqualTo(3);
        assertThat(sos.path("remaining").asLong()).isEqualTo(3);
        assertThat(api.get("/api/v1/hospital/subscription/check-shift-limit", free.token()).data().path("limit")
                .isNull()).isTrue();
        assertThat(api.get("/api/v1/hospital/subscription", free.token()).data().path("plan").path("sos_limit")
                .asInt()).isEqualTo(3);
        JsonNode log = api.get("/api/v1/admin/settings/activity-logs", admin).data();
        assertThat(log.toString()).contains("free_plan_sos_limit").contains("free_plan_shift_limit");

        SoftAssertions softly = new SoftAssertions();
        for (Object bad : new Object[]{"5", 1.5, -1, 2_000_000, Map.of("limit", 1)}) {
            Map<String, Object> body = new HashMap<>();
            body.put("free_plan_sos_limit", bad);
            refused(softly, api.post("/api/v1/admin/settings", admin, body), 422, "free_plan_sos_limit");
        }
        softly.assertAll();
        assertThat(api.get("/api/v1/admin/settings", admin).data().path("free_plan_sos_limit").asInt()).isEqualTo(3);
        Map<String, Object> back = new HashMap<>();
        back.put("free_plan_sos_limit", 0);
        back.put("free_plan_shift_limit", 1);
        assertThat(api.post("/api/v1/admin/settings", admin, back).status()).isEqualTo(200);
    }

    /** A plan whose limit is null sets no limit: the free plan's does not apply to its subscribers. */
    private void aPlanWithoutALimitHasNone(String admin) {
        Map<String, Object> unlimited = plan("Unlimited " + unique(), "10");
        unlimited.put("shift_limit", null);
        unlimited.put("sos_limit", null);
        Api.Response created = api.post(PLANS, admin, unlimited);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        Party hospital = registerHospital();
        topUp(hospital, "100");
        Api.Response subscribed = api.post(SUBSCRIBE, hospital.token(), Map.of("plan_id",
                created.data().path("id").asLong(), "duration_months", 1));
        assertThat(subscribed.status()).as(subscribed.body().toString()).isEqualTo(200);
        assertThat(api.get("/api/v1/hospital/subscription/check-shift-limit", hospital.token()).data().path("limit")
                .isNull()).isTrue();
        assertThat(api.get("/api/v1/hospital/subscription/check-sos-limit", hospital.token()).data().path("limit")
                .isNull()).isTrue();
        Map<String, Object> draft = ShiftScenarios.startedShift("nurse", "fixed", "1000", 1);
        for (int i = 0; i < 2; i++) {
            Api.Response shift = api.post("/api/v1/hospital/shifts", hospital.token(), draft);
            assertThat(shift.status()).as("past the free plan's one shift: " + shift.body()).isEqualTo(201);
        }
    }

    @Test
    void rostersVacanciesAndShiftsAreClaimedWithinTheMonthsLimitsAndTheLastPlaceOnlyOnce() throws Exception {
        String admin = adminToken();
        Map<String, Object> limits = new HashMap<>();
        limits.put("free_plan_roster_limit", 2);
        limits.put("free_plan_vacancy_limit", 1);
        Api.Response set = api.post("/api/v1/admin/settings", admin, limits);
        assertThat(set.status()).as(set.body().toString()).isEqualTo(200);
        assertThat(set.data().path("free_plan_roster_limit").asInt()).isEqualTo(2);
        assertThat(api.get("/api/v1/admin/settings/activity-logs", admin).data().toString())
                .contains("free_plan_roster_limit").contains("free_plan_vacancy_limit");
        try {
            Party hospital = registerHospital();
            Party other = registerHospital();
            JsonNode rosters = api.get(ROSTER_LIMIT, hospital.token()).data();
            assertThat(rosters.path("used").asLong()).isZero();
            assertThat(rosters.path("limit").asInt()).isEqualTo(2);
            assertThat(rosters.path("remaining").asLong()).isEqualTo(2);
            assertThat(api.get("/api/v1/hospital/subscription", hospital.token()).data().path("plan")
                    .path("roster_limit").asInt()).isEqualTo(2);

            // the same reference again is the same claim; past the limit, refused in the seed's words
            assertThat(claim(hospital, "roster", "R-1").data().path("used").asLong()).isEqualTo(1);
            assertThat(claim(hospital, "roster", "R-1").data().path("used").asLong()).isEqualTo(1);
            Api.Response second = claim(hospital, "roster", "R-2");
            assertThat(second.text("message")).isEqualTo("Claimed");
            assertThat(second.data().path("remaining").asLong()).isZero();
            Api.Response past = api.post(CLAIM + "roster", hospital.token(), Map.of("reference", "R-3"));
            assertThat(past.status()).as(past.body().toString()).isEqualTo(403);
            assertThat(past.text("message")).isEqualTo("Free roster limit exhausted, subscription required");
            assertThat(api.get(ROSTER_LIMIT, hospital.token()).data().path("used").asLong()).isEqualTo(2);
            // a roster that was not made gives its place back; another hospital's count is its own
            Api.Response released = api.post("/api/v1/hospital/subscription/release-roster", hospital.token(),
                    Map.of("reference", "R-2"));
            assertThat(released.status()).as(released.body().toString()).isEqualTo(200);
            assertThat(released.data().path("used").asLong()).isEqualTo(1);
            assertThat(api.post("/api/v1/hospital/subscription/release-roster", other.token(),
                    Map.of("reference", "R-1")).data().path("used").asLong()).isZero();
            assertThat(claim(hospital, "roster", "R-3").data().path("used").asLong()).isEqualTo(2);
            assertThat(api.get(ROSTER_LIMIT, other.token()).data().path("used").asLong()).isZero();

            SoftAssertions softly = new SoftAssertions();
            for (Object bad : new Object[]{"", "a b", "x".repeat(101), Map.of("id", 1)}) {
                Map<String, Object> body = new HashMap<>();
                body.put("reference", bad);
                refused(softly, api.post(CLAIM + "vacancy", hospital.token(), body), 422, "reference");
            }
            refused(softly, api.post(CLAIM + "vacancy", hospital.token(), Map.of("reference", "V-1", "extra", 1)),
                    422, null);
            refused(softly, api.post(CLAIM + "vacancy", registerProfessional("nurse").token(),
                    Map.of("reference", "V-1")), 403, null);
            softly.assertAll();
            assertThat(api.get(VACANCY_LIMIT, hospital.token()).data().path("used").asLong()).isZero();

            // eight vacancies at once for the month's one place: one is claimed, seven refused
            AtomicInteger number = new AtomicInteger();
            List<Integer> vacancies = concurrently(8, () -> api.post(CLAIM + "vacancy", hospital.token(),
                    Map.of("reference", "V-" + number.incrementAndGet())).status());
            assertThat(vacancies).containsOnly(200, 403);
            assertThat(vacancies.stream().filter(status -> status == 200).count()).isEqualTo(1);
            assertThat(api.get(VACANCY_LIMIT, hospital.token()).data().path("used").asLong()).isEqualTo(1);

            // six shifts at once for the free plan's one: one is created, five refused, and nothing else is made
            Map<String, Object> draft = ShiftScenarios.startedShift("nurse", "fixed", "1000", 1);
            List<Api.Response> shifts = concurrently(6, () -> api.post("/api/v1/hospital/shifts",
                    other.token(), draft));
            assertThat(shifts.stream().filter(shift -> shift.status() == 201).count())
                    .as(shifts.stream().map(shift -> shift.status() + " " + shift.body()).toList().toString())
                    .isEqualTo(1);
            assertThat(shifts.stream().filter(shift -> shift.status() == 403)
                    .allMatch(shift -> FREE_SHIFTS_EXHAUSTED.equals(shift.text("message")))).isTrue();
            assertThat(api.get("/api/v1/hospital/subscription/check-shift-limit", other.token()).data()
                    .path("used").asLong()).isEqualTo(1);
            assertThat(api.post("/api/v1/hospital/fetch-shifts", other.token(), Map.of()).body().path("data"))
                    .hasSize(1);
        } finally {
            Map<String, Object> back = new HashMap<>();
            back.put("free_plan_roster_limit", null);
            back.put("free_plan_vacancy_limit", null);
            assertThat(api.post("/api/v1/admin/settings", admin, back).status()).isEqualTo(200);
        }
    }

    private Api.Response claim(Party hospital, String use, String reference) {
        Api.Response claimed = api.post(CLAIM + use, hospital.token(), Map.of("reference", reference));
        assertThat(claimed.status()).as(claimed.body().toString()).isEqualTo(200);
        return claimed;
    }

    private long createPlan(String admin) {
        Api.Response created = api.post(PLANS, admin, plan("Premium", "999"));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        long id = created.data().path("id").asLong();
        Map<String, Object> revised = plan("Premium Plus", "999");
        Api.Response updated = api.put(PLANS + "/" + id, admin, revised);
        assertThat(updated.status()).as(updated.body().toString()).isEqualTo(200);
        assertThat(updated.text("data.name")).isEqualTo("Premium Plus");
        Map<String, Object> retired = plan("Retired", "10");
        retired.put("is_active", false);
        assertThat(api.post(PLANS, admin, retired).status()).isEqualTo(201);

        JsonNode all = api.get(PLANS, admin).data();
        assertThat(all.size()).isEqualTo(2);
        JsonNode first = all.path(0);
        assertThat(first.path("name").asText()).isEqualTo("Premium Plus");
        assertThat(first.path("price_per_month").decimalValue()).isEqualByComparingTo("999");
        assertThat(first.path("sos_limit").asInt()).isEqualTo(2);
        assertThat(first.path("vacancy_limit").isNull()).isTrue();
        assertThat(first.path("discount_6_months_percent").decimalValue()).isEqualByComparingTo("10");
        assertThat(first.path("price_6_months").decimalValue()).isEqualByComparingTo("5394.60");
        assertThat(first.path("price_12_months").decimalValue()).isEqualByComparingTo("9590.40");
        return id;
    }

    private void refusesBadPlans(String admin, long premium) {
        SoftAssertions softly = new SoftAssertions();
        Map<String, Object> negative = plan("Cheap", "-1");
        refused(softly, api.post(PLANS, admin, negative), 422, "price_per_month");
        Map<String, Object> discount = plan("Deep", "100");
        discount.put("discount_12_months_percent", 150);
        refused(softly, api.post(PLANS, admin, discount), 422, "discount_12_months_percent");
        // every bad field is told at once: the price and the discount together
        Map<String, Object> twoBad = plan("Both", "-5");
        twoBad.put("discount_6_months_percent", new BigDecimal("12.345"));
        Api.Response both = api.post(PLANS, admin, twoBad);
        refused(softly, both, 422, "price_per_month");
        refused(softly, both, 422, "discount_6_months_percent");
        Map<String, Object> nameless = plan(" ", "100");
        refused(softly, api.post(PLANS, admin, nameless), 422, "name");
        Map<String, Object> textLimit = plan("Texty", "100");
        textLimit.put("sos_limit", "5");
        refused(softly, api.post(PLANS, admin, textLimit), 422, "sos_limit");
        Map<String, Object> negativeLimit = plan("Minus", "100");
        negativeLimit.put("shift_limit", -1);
        refused(softly, api.put(PLANS + "/" + premium, admin, negativeLimit), 422, "shift_limit");
        refused(softly, api.put(PLANS + "/999999", admin, plan("Nowhere", "100")), 404, null);
        softly.assertThat(api.get(PLANS, admin).data().size()).isEqualTo(2);
        softly.assertThat(api.get(PLANS, admin).data().path(0).path("name").asText()).isEqualTo("Premium Plus");
        softly.assertAll();
    }

    private void refusesBadSubscriptions(Party hospital, long premium) {
        JsonNode active = api.get("/api/v1/hospital/subscription-plans", hospital.token()).data();
        assertThat(active.size()).isEqualTo(1);
        long retired = premium + 1;
        SoftAssertions softly = new SoftAssertions();
        refused(softly, api.post(SUBSCRIBE, hospital.token(), Map.of("plan_id", premium, "duration_months", 3)),
                422, "duration_months");
        refused(softly, api.post(SUBSCRIBE, hospital.token(), Map.of("plan_id", retired, "duration_months", 1)),
                422, "plan_id");
        refused(softly, api.post(SUBSCRIBE, hospital.token(), Map.of("duration_months", 1)), 422, "plan_id");
        refused(softly, api.post(SUBSCRIBE, hospital.token(), Map.of("plan_id", premium, "duration_months", "6")),
                422, "duration_months");
        softly.assertAll();
        assertThat(wallet(hospital).path("balance").decimalValue()).isEqualByComparingTo("8900.00");
    }

    /** A wallet holding less than the price is refused with the amounts, and nothing moves. */
    private void short_(long premium) {
        Party poor = registerHospital();
        topUp(poor, "100");
        Api.Response refused = api.post(SUBSCRIBE, poor.token(), Map.of("plan_id", premium, "duration_months", 6));
        assertThat(refused.status()).as(refused.body().toString()).isEqualTo(402);
        assertThat(refused.body().path("required_amount").decimalValue()).isEqualByComparingTo("5394.60");
        assertThat(refused.body().path("current_balance").decimalValue()).isEqualByComparingTo("100");
        assertThat(wallet(poor).path("balance").decimalValue()).isEqualByComparingTo("100");
        assertThat(api.get("/api/v1/hospital/subscription", poor.token()).data().path("plan").path("name").asText())
                .isEqualTo("Free");

        // the free plan's one shift a month: a draft costs nothing, a second is refused
        Map<String, Object> draft = ShiftScenarios.startedShift("nurse", "fixed", "1000", 1);
        Api.Response first = api.post("/api/v1/hospital/shifts", poor.token(), draft);
        assertThat(first.status()).as(first.body().toString()).isEqualTo(201);
        Api.Response second = api.post("/api/v1/hospital/shifts", poor.token(), draft);
        assertThat(second.status()).as(second.body().toString()).isEqualTo(403);
        assertThat(second.text("message")).isEqualTo(FREE_SHIFTS_EXHAUSTED);
    }

    private long publishedShift(Party hospital) {
        Map<String, Object> body = new HashMap<>(ShiftScenarios.startedShift("nurse", "fixed", "1000", 1));
        body.put("status", "published");
        Api.Response created = api.post("/api/v1/hospital/shifts", hospital.token(), body);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.data().path("id").asLong();
    }

    private Api.Response raiseSos(Party hospital, long shiftId) {
        return api.post("/api/v1/hospital/emergency-sos", hospital.token(), Map.of("shift_id", shiftId,
                "urgency_tier", "under_1_hour", "radius_km", 20));
    }

    private static Map<String, Object> plan(String name, String price) {
        Map<String, Object> plan = new HashMap<>();
        plan.put("name", name);
        plan.put("price_per_month", new BigDecimal(price));
        plan.put("shift_limit", 50);
        plan.put("roster_limit", 10);
        plan.put("vacancy_limit", null);
        plan.put("sos_limit", 2);
        plan.put("discount_6_months_percent", 10);
        plan.put("discount_12_months_percent", 20);
        return plan;
    }

    private static void refused(SoftAssertions softly, Api.Response response, int status, String field) {
        String description = response.status() + " " + response.body();
        softly.assertThat(response.status()).as(description).isEqualTo(status);
        softly.assertThat(response.body().path("success").asBoolean(true)).as(description).isFalse();
        if (field != null) {
            softly.assertThat(response.body().path("errors").path(field).isArray()).as(description).isTrue();
        }
    }

    private static BigDecimal balanceOf(JsonNode ledger, String account) {
        for (JsonNode line : ledger.path("accounts")) {
            if (line.path("account").asText().equals(account)) {
                return line.path("balance").decimalValue();
            }
        }
        return BigDecimal.ZERO;
    }
}
