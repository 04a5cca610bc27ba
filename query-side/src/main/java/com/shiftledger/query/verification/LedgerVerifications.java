package com.shiftledger.query.verification;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.shiftledger.api.rejection.RejectedException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Starts verifications, one at a time across every instance: a new one is recorded together with its db-scheduler
 * task (which runs it once, on one instance, and revives it if its instance dies), or the one already running is
 * answered. A running verification that has not moved for {@link #STOPPED_AFTER} is given up, since its instance
 * stopped, so a new one can be started.
 */
@Component
class LedgerVerifications {

    static final Duration STOPPED_AFTER = Duration.ofMinutes(2);
    static final String GIVEN_UP = "The verification stopped making progress (its instance stopped); start another.";

    private final VerificationStore store;
    private final SchedulerClient scheduler;
    private final OneTimeTask<Void> task;
    private final TransactionTemplate transactions;
    private final Clock clock;

    LedgerVerifications(VerificationStore store, SchedulerClient scheduler, OneTimeTask<Void> ledgerVerificationTask,
                        TransactionTemplate transactions, Clock clock) {
        this.store = store;
        this.scheduler = scheduler;
        this.task = ledgerVerificationTask;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A verification and whether this request started it (false: it was already running). */
    record Started(VerificationView verification, boolean isNew) {
    }

    Started start() {
        Instant now = clock.instant();
        store.giveUpStopped(now.minus(STOPPED_AFTER), GIVEN_UP, now);
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                Long id = transactions.execute(status -> {
                    long started = store.insertRunning(now);
                    scheduler.schedule(task.instance(String.valueOf(started)), now);
                    return started;
                });
                return new Started(find(id).orElseThrow(), true);
            } catch (DuplicateKeyException running) {
                Optional<VerificationView> current = store.findRunning();
                if (current.isPresent()) {
                    return new Started(current.get(), false);
                }
            }
        }
        throw RejectedException.conflict("Verifications are starting and ending too quickly; please try again.");
    }

    Optional<VerificationView> find(long id) {
        return store.find(id);
    }
}
