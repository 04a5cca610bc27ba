package com.shiftledger.query.verification;

import com.shiftledger.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.sql.Timestamp;

import static org.assertj.core.api.Assertions.assertThat;

/** A pass revived after a crash starts again from the first event; a verification no longer running is left be. */
class VerificationRunTest extends IntegrationTest {

    @Autowired
    private VerificationRun run;

    @Autowired
    private VerificationStore store;

    @Test
    void aRevivedPassStartsAgainAndForgetsWhatTheCutShortOneFound() {
        registerHospital();
        awaitCleanAudit(adminToken());
        long id = store.insertRunning(clock.instant());
        jdbc.update("update ledger_verification set events_checked = 123456, violations = 1 where id = ?", id);
        jdbc.update("insert into ledger_verification_violation (verification_id, number, invariant, detail) "
                + "values (?, 0, 'replay', 'found by the pass that was cut short')", id);

        run.run(id, () -> false);

        VerificationView verification = store.find(id).orElseThrow();
        assertThat(verification.state()).isEqualTo("ok");
        assertThat(verification.eventsChecked()).isEqualTo(verification.eventsTotal()).isPositive().isLessThan(123456);
        assertThat(verification.violations()).isEmpty();
        assertThat(verification.violationsCount()).isZero();
        assertThat(store.findRunning()).isEmpty();
    }

    @Test
    void aVerificationThatEndedIsNotRunAgain() {
        long id = store.insertRunning(clock.instant());
        store.finish(id, VerificationState.FAILED, LedgerVerifications.GIVEN_UP, clock.instant());
        Timestamp finished = jdbc.queryForObject("select finished_at from ledger_verification where id = ?",
                Timestamp.class, id);

        run.run(id, () -> false);

        VerificationView verification = store.find(id).orElseThrow();
        assertThat(verification.state()).isEqualTo("failed");
        assertThat(verification.eventsChecked()).isZero();
        assertThat(verification.finishedAt()).isEqualTo(finished.toInstant());
    }
}
