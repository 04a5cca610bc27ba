package com.shiftledger.query.verification;

import com.shiftledger.api.ledger.AuditReport;
import com.shiftledger.api.wallet.FindWalletsQuery;
import com.shiftledger.api.wallet.WalletList;
import com.shiftledger.query.audit.EventStorePass;
import com.shiftledger.query.audit.LedgerInvariants;
import com.shiftledger.query.audit.WalletRecheck;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * One pass of a verification over the whole event store, up to the last event stored when it began: it streams the
 * events (the event store reads them in batches), checks the invariants with {@link LedgerInvariants}, and records
 * its progress and the violations found after every {@value #BATCH} events, so its memory stays flat however large
 * the store grows. A pass revived after a crash starts again from the first event.
 */
@Component
class VerificationRun {

    static final int BATCH = 500;
    static final String STOPPED = "The application stopped before the verification finished; start another.";
    private static final Logger log = LoggerFactory.getLogger(VerificationRun.class);

    private final EventStore eventStore;
    private final QueryGateway queries;
    private final WalletRecheck recheck;
    private final VerificationStore store;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    VerificationRun(EventStore eventStore, QueryGateway queries, WalletRecheck recheck, VerificationStore store,
                    JdbcTemplate jdbc, Clock clock) {
        this.eventStore = eventStore;
        this.queries = queries;
        this.recheck = recheck;
        this.store = store;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Runs the verification's pass; {@code stopping} says when the application is shutting down. */
    void run(long id, BooleanSupplier stopping) {
        if (!store.restart(id, clock.instant())) {
            return;
        }
        try {
            Pass pass = new Pass(id);
            boolean finished = pass.check(stopping);
            if (finished) {
                pass.flush();
                store.finish(id, pass.invariants.violationsFound() == 0 ? VerificationState.OK
                        : VerificationState.FAILED, null, clock.instant());
            } else if (stopping.getAsBoolean()) {
                store.finish(id, VerificationState.FAILED, STOPPED, clock.instant());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            store.finish(id, VerificationState.FAILED, STOPPED, clock.instant());
        } catch (RuntimeException e) {
            log.error("Verification {} could not finish", id, e);
            store.finish(id, VerificationState.FAILED, "The verification could not finish: " + e.getMessage(),
                    clock.instant());
        }
    }

    /** The state of one pass: the invariants so far and the violations not yet recorded. */
    private final class Pass {

        private final long id;
        private final List<AuditReport.Violation> unrecorded = new ArrayList<>();
        private final LedgerInvariants invariants = new LedgerInvariants(unrecorded::add);
        private long recorded;
        private long total;

        Pass(long id) {
            this.id = id;
        }

        /** True when every event up to the head and every wallet were checked; false when the pass must end early. */
        boolean check(BooleanSupplier stopping) throws InterruptedException {
            long headPosition = EventStorePass.headOf(eventStore);
            total = eventsUpTo(headPosition);
            store.total(id, total, clock.instant());
            boolean reachedHead = EventStorePass.run(eventStore, headPosition, event -> {
                invariants.apply(event);
                return invariants.eventsChecked() % BATCH != 0 || (flush() && !stopping.getAsBoolean());
            });
            if (!reachedHead) {
                return false;
            }
            if (invariants.eventsChecked() > total) {
                // events of transactions still open when the pass began, stored below the head since
                store.total(id, invariants.eventsChecked(), clock.instant());
            }
            if (!flush()) {
                return false;
            }
            invariants.compareWith(queries.query(new FindWalletsQuery(), WalletList.class).join().wallets(),
                    recheck::stillDiffers);
            return true;
        }

        /** Records the progress and the new violations; false when the verification is no longer running. */
        boolean flush() {
            boolean running = store.progress(id, invariants.eventsChecked(), recorded, List.copyOf(unrecorded),
                    clock.instant());
            recorded += unrecorded.size();
            unrecorded.clear();
            return running;
        }

        /** How many events the store holds up to the head: counted in the JPA event store, else the head's index. */
        private long eventsUpTo(long headPosition) {
            if (headPosition < 0) {
                return 0;
            }
            Long counted = jdbc.queryForObject("select count(*) from domain_event_entry where global_index <= ?",
                    Long.class, headPosition);
            return counted == null || counted == 0 ? headPosition + 1 : counted;
        }
    }
}
