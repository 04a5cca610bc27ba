package com.shiftledger.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.shiftledger.support.Api;
import com.shiftledger.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The background verification: started with 202, followed to its end over every event in the store, one at a time
 * across instances, and a verification whose instance stopped is given up so another can start.
 */
class LedgerVerificationTest extends IntegrationTest {

    private static final String VERIFICATIONS = "/api/v1/admin/audit/verifications";

    @AfterEach
    void noVerificationIsLeftRunning() {
        jdbc.update("update ledger_verification set state = 'failed', running_slot = null, finished_at = ? "
                + "where state = 'running' and id not in (select cast(task_instance as bigint) from scheduled_tasks "
                + "where task_name = 'ledger-verification')", Timestamp.from(Instant.now()));
    }

    @Test
    void aVerificationRunsInTheBackgroundOverEveryEventToOk() {
        Party hospital = registerHospital();
        topUp(hospital, "500");
        withdraw(hospital, "120");
        String auditor = createAuditor().token();
        awaitCleanAudit(adminToken());

        Api.Response started = api.post(VERIFICATIONS, auditor, null);

        assertThat(started.status()).as(started.body().toString()).isEqualTo(202);
        long id = started.data().path("id").asLong();
        assertThat(started.headers().get("location")).endsWith(VERIFICATIONS + "/" + id);
        assertThat(started.data().path("state").asText()).isEqualTo("running");
        JsonNode finished = awaitEnd(id, auditor);
        assertThat(finished.path("state").asText()).as(finished.toString()).isEqualTo("ok");
        Long events = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        assertThat(finished.path("events_total").asLong()).isPositive().isLessThanOrEqualTo(events);
        assertThat(finished.path("events_checked").asLong()).isEqualTo(finished.path("events_total").asLong());
        assertThat(finished.path("violations")).isEmpty();
        assertThat(finished.path("violations_count").asLong()).isZero();
        assertThat(finished.path("finished_at").asText()).isNotBlank();
    }

    @Test
    void whileOneRunsAnywhereStartingAnswersThatOne() {
        long running = runningElsewhere(Instant.now());
        String admin = adminToken();

        Api.Response again = api.post(VERIFICATIONS, admin, null);

        assertThat(again.status()).isEqualTo(202);
        assertThat(again.body().path("message").asText()).isEqualTo("A verification is already running.");
        assertThat(again.data().path("id").asLong()).isEqualTo(running);
        assertThat(again.data().path("state").asText()).isEqualTo("running");
    }

    @Test
    void aVerificationWhoseInstanceStoppedIsGivenUpAndAnotherStarts() {
        long stopped = runningElsewhere(Instant.now().minus(Duration.ofMinutes(10)));
        String admin = adminToken();
        awaitCleanAudit(admin);

        Api.Response started = api.post(VERIFICATIONS, admin, null);

        assertThat(started.status()).isEqualTo(202);
        long id = started.data().path("id").asLong();
        assertThat(id).isNotEqualTo(stopped);
        JsonNode givenUp = api.get(VERIFICATIONS + "/" + stopped, admin).data();
        assertThat(givenUp.path("state").asText()).isEqualTo("failed");
        assertThat(givenUp.path("failure").asText()).contains("start another");
        assertThat(awaitEnd(id, admin).path("state").asText()).isEqualTo("ok");
    }

    @Test
    void hospitalsCannotVerifyTheLedger() {
        Party hospital = registerHospital();
        assertThat(api.post(VERIFICATIONS, hospital.token(), null).status()).isEqualTo(403);
        assertThat(api.get(VERIFICATIONS + "/1", hospital.token()).status()).isEqualTo(403);
        assertThat(api.post(VERIFICATIONS, null, null).status()).isEqualTo(401);
    }

    /** A verification recorded as running on another instance, last moved at {@code movedAt}, with no task here. */
    private long runningElsewhere(Instant movedAt) {
        jdbc.update("insert into ledger_verification (state, running_slot, events_checked, violations, started_at, "
                + "updated_at) values ('running', 'ledger', 0, 0, ?, ?)", Timestamp.from(movedAt),
                Timestamp.from(movedAt));
        Long id = jdbc.queryForObject("select id from ledger_verification where running_slot = 'ledger'", Long.class);
        return id == null ? -1 : id;
    }

    private JsonNode awaitEnd(long id, String token) {
        JsonNode[] verification = new JsonNode[1];
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            Api.Response response = api.get(VERIFICATIONS + "/" + id, token);
            assertThat(response.status()).isEqualTo(200);
            verification[0] = response.data();
            assertThat(verification[0].path("state").asText()).isNotEqualTo("running");
        });
        return verification[0];
    }
}
