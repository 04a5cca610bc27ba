package com.shiftledger.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.shiftledger.support.PostgresTestDatabase;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboards rebuilt from the event store alone: the dashboard and activity projections, and the shift and
 * wallet read models they read beside them, are reset and replay every event into empty tables; every figure comes
 * back the same. The class has a database of its own: other cached test contexts run the same projections on the
 * shared database, and a reset there empties tables under them (the suspected cause of a duplicate application row
 * that the shift projection parked in {@code DashboardsTest}, the class after this one, in one full run).
 */
class DashboardReplayTest extends DashboardHistory {

    private static final String REPLAY_DATABASE = PostgresTestDatabase.createDatabase("replay");

    @DynamicPropertySource
    static void databaseOfItsOwn(DynamicPropertyRegistry registry) {
        registry.add(OWN_DATABASE_URL, () -> REPLAY_DATABASE);
    }

    /** The projections the dashboards read, with the tables each fills (the new ones empty their own on reset). */
    static final String[] PROJECTIONS = {"dashboard-projection", "activity-projection", "shift-projection",
            "wallet-projection"};
    static final List<String> RELIED_ON_TABLES = List.of("attendance_view", "shift_application_view",
            "shift_funding_view", "shift_view", "wallet_transaction", "withdrawal_view", "refund_view",
            "wallet_view");
    static final List<String> DASHBOARD_TABLES = List.of("dashboard_counter", "dashboard_stream", "dashboard_shift",
            "dashboard_position", "dashboard_hire", "activity_entry", "activity_party", "activity_shift",
            "activity_total");

    @Test
    void replayingEveryEventIntoEmptyTablesGivesTheSameFigures() {
        String admin = adminToken();
        History history = script();
        awaitQuietAndCaughtUp(PROJECTIONS);
        Map<String, JsonNode> before = snapshot(history, admin);

        List<StreamingEventProcessor> processors = new ArrayList<>();
        for (String name : PROJECTIONS) {
            StreamingEventProcessor processor = processor(name);
            processor.shutDown();
            processors.add(processor);
        }
        RELIED_ON_TABLES.forEach(table -> jdbc.update("delete from " + table));
        processors.forEach(StreamingEventProcessor::resetTokens);
        DASHBOARD_TABLES.forEach(table -> assertThat(count(table)).as(table + " after the reset").isZero());
        processors.forEach(StreamingEventProcessor::start);
        awaitQuietAndCaughtUp(PROJECTIONS);

        assertThat(snapshot(history, admin)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select entries from activity_total", Long.class))
                .isEqualTo(count("activity_entry"));
    }

    /** Every view the dashboards serve, by the request that read it, so a difference names its view. */
    private Map<String, JsonNode> snapshot(History history, String admin) {
        Map<String, JsonNode> views = new LinkedHashMap<>();
        for (Party hospital : List.of(history.hospital(), history.otherHospital())) {
            read(views, "/api/v1/hospital/dashboard", hospital.token(), hospital);
            read(views, "/api/v1/hospital/stats", hospital.token(), hospital);
            read(views, "/api/v1/admin/shifts?hospital_id=" + hospital.profileId(), admin, hospital);
        }
        for (Party professional : List.of(history.asha(), history.bina(), history.chitra(), history.devi())) {
            read(views, "/api/v1/professional/dashboard", professional.token(), professional);
        }
        read(views, "/api/v1/admin/dashboard", admin, null);
        read(views, "/api/v1/admin/shifts/" + history.shiftB(), admin, null);
        JsonNode feed = api.get("/api/v1/admin/dashboard/recent-activities?per_page=100", admin).body();
        StreamSupport.stream(feed.path("data").spliterator(), false)
                .filter(entry -> entry.path("hospital").path("id").asLong() == history.hospital().profileId()
                        || entry.path("hospital").path("id").asLong() == history.otherHospital().profileId())
                .sorted(Comparator.comparing(entry -> entry.path("id").asText()))
                .forEach(entry -> views.put("recent activity " + entry.path("id").asText(), entry));
        return views;
    }

    private void read(Map<String, JsonNode> views, String path, String token, Party party) {
        views.put(path + (party == null ? "" : " as " + party.email()), api.get(path, token).body());
    }

    private long count(String table) {
        Long rows = jdbc.queryForObject("select count(*) from " + table, Long.class);
        return rows == null ? 0 : rows;
    }
}
