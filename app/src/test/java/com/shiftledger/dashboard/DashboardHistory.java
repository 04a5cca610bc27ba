package com.shiftledger.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.shiftledger.support.Api;
import com.shiftledger.support.IntegrationTest;
import com.shiftledger.support.ShiftScenarios;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A hospital's history whose every figure is known, played through the API as the apps play it, for the dashboard
 * tests. City Hospital tops up ₹15000 and ₹5000 and:
 * <ul>
 *   <li>A: 2 × ₹1000 fixed (₹2200 funded), Bina accepted, then cancelled: ₹220 fee, ₹1980 refunded;</li>
 *   <li>B: 3 × ₹1000 (₹3300), lowered to 2 positions: ₹110 fee, ₹990 refunded; Asha accepted, Chitra pending,
 *       Devi and Bina rejected; an Emergency SOS for the 1 open position: 50 % of ₹1000 = ₹500;</li>
 *   <li>C: today, 1 × ₹800 (₹880), Asha checks in and out: ₹800 to her, ₹80 service charge; the shift completes;</li>
 *   <li>D: a draft of 1 × ₹500, never funded.</li>
 * </ul>
 * So it spent ₹2200 + ₹3300 + ₹880 + ₹500 − ₹1980 − ₹990 = ₹3910 over 3 funded shifts (₹1303.33 a shift), paid ₹80
 * in service charges, hired Asha and Bina, and holds ₹20000 − ₹6880 + ₹2970 = ₹16090; the platform earned
 * ₹220 + ₹110 + ₹80 = ₹410. Metro Hospital tops up ₹1000 and publishes one shift of 1 × ₹300 (₹330).
 */
abstract class DashboardHistory extends IntegrationTest {

    static final String[] DASHBOARD_PROCESSORS = {"dashboard-projection", "activity-projection"};

    @Autowired
    private EventProcessingConfiguration processing;

    /** The parties and shifts of the history. */
    record History(Party hospital, Party otherHospital, Party asha, Party bina, Party chitra, Party devi, long shiftA,
                   long shiftB, long shiftC, long shiftD, long otherShift) {
    }

    History script() {
        Party hospital = registerHospital();
        topUp(hospital, "15000");
        topUp(hospital, "5000");
        Party asha = registerProfessional("nurse");
        Party bina = registerProfessional("nurse");
        Party chitra = registerProfessional("nurse");
        Party devi = registerProfessional("nurse");
        LocalDate today = LocalDate.now(ShiftScenarios.PLATFORM_ZONE);

        long shiftA = create(hospital, ShiftScenarios.futureShift("nurse", "fixed", "1000", 2), true);
        decide(hospital, shiftA, apply(bina, shiftA), "accept");
        Api.Response cancelled = api.post("/api/v1/hospital/shifts/" + shiftA + "/cancel", hospital.token(),
                Map.of("reason", "Ward closed"));
        assertThat(cancelled.status()).as(cancelled.body().toString()).isEqualTo(200);
        assertThat(cancelled.body().path("refund_details").path("refund_amount").decimalValue())
                .isEqualByComparingTo("1980.00");

        Map<String, Object> later = new HashMap<>(ShiftScenarios.futureShift("nurse", "fixed", "1000", 3));
        later.put("shift_date", today.plusDays(4).toString());
        long shiftB = create(hospital, later, true);
        Api.Response lowered = api.put("/api/v1/hospital/shifts/" + shiftB, hospital.token(),
                Map.of("positions_required", 2, "amount_to_refund", 1100));
        assertThat(lowered.status()).as(lowered.body().toString()).isEqualTo(200);
        assertThat(lowered.body().path("refund_details").path("refund_amount").decimalValue())
                .isEqualByComparingTo("990.00");
        decide(hospital, shiftB, apply(asha, shiftB), "accept");
        apply(chitra, shiftB);
        decide(hospital, shiftB, apply(devi, shiftB), "reject");
        decide(hospital, shiftB, apply(bina, shiftB), "reject");
        Api.Response sos = api.post("/api/v1/hospital/emergency-sos", hospital.token(), Map.of("shift_id", shiftB,
                "urgency_tier", "under_1_hour", "radius_km", 20, "additional_message", "Short tonight"));
        assertThat(sos.status()).as(sos.body().toString()).isEqualTo(201);
        assertThat(sos.data().path("sos").path("total_extra_amount").decimalValue()).isEqualByComparingTo("500.00");

        long shiftC = create(hospital, ShiftScenarios.startedShift("nurse", "fixed", "800", 1), true);
        decide(hospital, shiftC, apply(asha, shiftC), "accept");
        Api.Response checkIn = api.post("/api/v1/professional/shifts/" + shiftC + "/check-in", asha.token(),
                Map.of("latitude", 19.076, "longitude", 72.8777));
        assertThat(checkIn.status()).as(checkIn.body().toString()).isEqualTo(200);
        Api.Response checkOut = api.post("/api/v1/professional/shifts/" + shiftC + "/check-out", asha.token(), "{}");
        assertThat(checkOut.status()).as(checkOut.body().toString()).isEqualTo(200);

        long shiftD = create(hospital, ShiftScenarios.futureShift("nurse", "fixed", "500", 1), false);

        Party otherHospital = registerHospital();
        topUp(otherHospital, "1000");
        long otherShift = create(otherHospital, ShiftScenarios.futureShift("nurse", "fixed", "300", 1), true);

        awaitWallet(asha, "/api/v1/professional/wallet", "800.00");
        // both refunds wait out the hold period before they are credited
        awaitWallet(hospital, "/api/v1/hospital/wallet", "16090.00");
        return new History(hospital, otherHospital, asha, bina, chitra, devi, shiftA, shiftB, shiftC, shiftD,
                otherShift);
    }

    long create(Party hospital, Map<String, Object> shift, boolean published) {
        Map<String, Object> body = new HashMap<>(shift);
        if (published) {
            body.put("status", "published");
        }
        Api.Response created = api.post("/api/v1/hospital/shifts", hospital.token(), body);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.data().path("id").asLong();
    }

    long apply(Party professional, long shiftId) {
        Api.Response applied = api.post("/api/v1/professional/shifts/" + shiftId + "/apply", professional.token(),
                Map.of("cover_note", "I am available."));
        assertThat(applied.status()).as(applied.body().toString()).isEqualTo(200);
        return applied.data().path("id").asLong();
    }

    void decide(Party hospital, long shiftId, long applicationId, String action) {
        Api.Response decided = api.post("/api/v1/hospital/shifts/" + shiftId + "/applications/" + applicationId,
                hospital.token(), Map.of("action", action));
        assertThat(decided.status()).as(decided.body().toString()).isEqualTo(200);
    }

    /** The body of a GET that succeeds, once it passes the assertions (the dashboards follow events). */
    JsonNode awaitGet(String path, String token, Consumer<JsonNode> assertions) {
        JsonNode[] body = new JsonNode[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            Api.Response response = api.get(path, token);
            assertThat(response.status()).as(path + " " + response.body()).isEqualTo(200);
            body[0] = response.body();
            assertions.accept(body[0]);
        });
        return body[0];
    }

    StreamingEventProcessor processor(String name) {
        return processing.eventProcessor(name, StreamingEventProcessor.class).orElseThrow();
    }

    /**
     * Waits until nothing new has been stored for a second (the processes the history set going, such as the
     * refund, the SOS or the low-balance watch, have appended all they append) and then until every segment of each
     * processor has handled every event stored so far.
     */
    void awaitQuietAndCaughtUp(String... processors) {
        long[] seen = {head(), System.nanoTime()};
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> {
            long head = head();
            if (head != seen[0]) {
                seen[0] = head;
                seen[1] = System.nanoTime();
                return false;
            }
            return System.nanoTime() - seen[1] >= Duration.ofSeconds(1).toNanos();
        });
        awaitCaughtUp(processors);
    }

    private long head() {
        Long head = jdbc.queryForObject("select coalesce(max(global_index), -1) from domain_event_entry",
                Long.class);
        return head == null ? -1 : head;
    }

    /** Waits until every segment of each processor has handled every event stored so far. */
    void awaitCaughtUp(String... processors) {
        long head = head();
        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            for (String name : processors) {
                StreamingEventProcessor processor = processor(name);
                Integer segments = jdbc.queryForObject("select count(*) from token_entry where processor_name = ?",
                        Integer.class, name);
                Map<Integer, EventTrackerStatus> status = processor.processingStatus();
                assertThat(status).as(name).hasSize(segments);
                assertThat(processor.isReplaying()).as(name).isFalse();
                for (EventTrackerStatus segment : status.values()) {
                    assertThat(segment.isErrorState()).as(name).isFalse();
                    assertThat(segment.getCurrentPosition().orElse(-1)).as(name).isGreaterThanOrEqualTo(head);
                }
            }
        });
    }
}
