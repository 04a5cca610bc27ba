package com.shiftledger.query.audit;

import com.shiftledger.api.ledger.AuditReport;
import com.shiftledger.api.ledger.FindProjectedWalletsQuery;
import com.shiftledger.api.ledger.ProjectedWallets;
import com.shiftledger.api.ledger.VerifyLedgerQuery;
import com.shiftledger.api.money.Account;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Checks the ledger's invariants ({@link LedgerInvariants}) over the whole event store while the caller waits,
 * reporting the first thousand violations; the background verification does the same for stores of any size.
 * Replay compares like with like: each wallet's balance in the store at the version the read side shows it at. A
 * wallet the read side shows at an earlier version is lag while the wallet projection has not yet passed the
 * wallet's next event (it is reported under {@code lag}, with each projection's events and seconds behind), and a
 * violation only once the projection has passed that event and the wallet still does not show it (unless the
 * projection parked it, which the lag shows).
 */
@Component
class LedgerAudit {

    /** The processing group of the wallet read model (query-side {@code wallet} package). */
    static final String WALLET_PROJECTION = "wallet-projection";
    private static final int MAX_VIOLATIONS = 1000;

    private final EventStore eventStore;
    private final QueryGateway queries;
    private final ObjectProvider<ProcessorProgress> progress;

    LedgerAudit(EventStore eventStore, QueryGateway queries, ObjectProvider<ProcessorProgress> progress) {
        this.eventStore = eventStore;
        this.queries = queries;
        this.progress = progress;
    }

    @QueryHandler
    AuditReport handle(VerifyLedgerQuery query) throws InterruptedException {
        ProcessorProgress processors = progress.getIfAvailable();
        // in this order: what the projection has passed, then what it shows (at least that), then the store's head
        List<TrackingToken> passed = processors == null ? List.of() : processors.segmentTokens(WALLET_PROJECTION);
        Set<String> parked = processors == null ? Set.of() : processors.parkedSequences(WALLET_PROJECTION);
        ProjectedWallets shown = queries.query(new FindProjectedWalletsQuery(), ProjectedWallets.class).join();
        List<AuditReport.Violation> violations = new ArrayList<>();
        Consumer<AuditReport.Violation> sink = violation -> {
            if (violations.size() < MAX_VIOLATIONS) {
                violations.add(violation);
            }
        };
        LedgerInvariants invariants = new LedgerInvariants(sink);
        ShownVersions versions = new ShownVersions(shown, passed, parked, invariants, sink);
        EventStorePass.run(eventStore, EventStorePass.headOf(eventStore), event -> {
            invariants.apply(event);
            versions.track(event);
            return true;
        });
        versions.compare();
        List<AuditReport.ProjectionLag> lag = new ArrayList<>();
        if (processors != null) {
            for (AuditReport.ProjectionLag projection : processors.lags()) {
                lag.add(projection.processor().equals(WALLET_PROJECTION)
                        ? new AuditReport.ProjectionLag(projection.processor(), projection.eventsBehind(),
                        projection.secondsBehind(), versions.walletsBehind, projection.deadLetters())
                        : projection);
            }
        }
        return new AuditReport(violations.isEmpty(), invariants.eventsChecked(), List.copyOf(violations),
                List.copyOf(lag));
    }

    /** Each wallet's balance in the store at the version the read side shows, and its first event not shown. */
    private static final class ShownVersions {

        private static final String WALLET_PREFIX = "wallet-";

        private final Map<Long, ProjectedWallets.Wallet> shown = new HashMap<>();
        private final List<TrackingToken> passed;
        private final Set<String> parked;
        private final LedgerInvariants invariants;
        private final Consumer<AuditReport.Violation> sink;
        /** Per wallet: the store's balance at the version the read side shows. */
        private final Map<Long, Long> balanceAtShownVersion = new HashMap<>();
        /** Per wallet: the store's coins of the wallet's user at the version the read side shows. */
        private final Map<Long, Long> coinsAtShownVersion = new HashMap<>();
        /** Per wallet: its last sequence number in the store. */
        private final Map<Long, Long> lastSequence = new HashMap<>();
        /** Per wallet: its first event the read side does not show yet (or its opening, when it shows none). */
        private final Map<Long, TrackedEventMessage<?>> firstNotShown = new HashMap<>();
        private long walletsBehind;

        ShownVersions(ProjectedWallets readSide, List<TrackingToken> passed, Set<String> parked,
                      LedgerInvariants invariants, Consumer<AuditReport.Violation> sink) {
            readSide.wallets().forEach(wallet -> shown.put(wallet.walletId(), wallet));
            this.passed = passed;
            this.parked = parked;
            this.invariants = invariants;
            this.sink = sink;
        }

        /** Called after the invariants applied the event, so the balances are those after it. */
        void track(TrackedEventMessage<?> message) {
            if (!(message instanceof DomainEventMessage<?> event) || event.getAggregateIdentifier() == null
                    || !event.getAggregateIdentifier().startsWith(WALLET_PREFIX)) {
                return;
            }
            long walletId;
            try {
                walletId = Long.parseLong(event.getAggregateIdentifier().substring(WALLET_PREFIX.length()));
            } catch (NumberFormatException notAWallet) {
                return;
            }
            long sequence = event.getSequenceNumber();
            lastSequence.put(walletId, sequence);
            ProjectedWallets.Wallet wallet = shown.get(walletId);
            long shownVersion = wallet == null ? -1 : wallet.version();
            Account account = invariants.accountOf(walletId);
            if (sequence == shownVersion && account != null) {
                balanceAtShownVersion.put(walletId, invariants.balanceOf(account));
                coinsAtShownVersion.put(walletId, invariants.coinsOf(walletId));
            }
            if (sequence == shownVersion + 1) {
                firstNotShown.put(walletId, message);
            }
        }

        /** Whether every segment of the wallet projection has passed the event. */
        private boolean projectionPassed(TrackedEventMessage<?> event) {
            return !passed.isEmpty() && passed.stream().allMatch(token -> token != null
                    && token.covers(event.trackingToken()));
        }

        void compare() {
            Map<Long, Account> walletAccounts = invariants.walletAccounts();
            walletAccounts.forEach((walletId, account) -> {
                ProjectedWallets.Wallet wallet = shown.get(walletId);
                TrackedEventMessage<?> next = firstNotShown.get(walletId);
                Long atShown = balanceAtShownVersion.get(walletId);
                Long coinsAtShown = coinsAtShownVersion.get(walletId);
                if (wallet != null && wallet.version() > lastSequence.getOrDefault(walletId, -1L)) {
                    report(account, null, null, "Wallet " + walletId + " is shown at version " + wallet.version()
                            + " but the event store has it only up to version "
                            + lastSequence.getOrDefault(walletId, -1L));
                } else if (wallet != null && atShown != null && atShown != wallet.balancePaise()) {
                    report(account, null, null, "Wallet " + walletId + " replays to " + atShown
                            + " paise at version " + wallet.version() + " but the read side shows "
                            + wallet.balancePaise() + " paise at that version");
                } else if (wallet != null && coinsAtShown != null && coinsAtShown != wallet.coins()) {
                    report(account, null, null, "Wallet " + walletId + " replays to " + coinsAtShown
                            + " coins at version " + wallet.version() + " but the read side shows "
                            + wallet.coins() + " coins at that version");
                } else if (next != null) {
                    if (projectionPassed(next) && !parked.contains(WALLET_PREFIX + walletId)) {
                        report(account, next.trackingToken().position().orElse(-1),
                                next.getPayloadType().getSimpleName(), wallet == null
                                        ? "Wallet " + walletId + " is in the event store but not on the read side, "
                                        + "though the wallet projection has passed its opening"
                                        : "Wallet " + walletId + " is shown at version " + wallet.version()
                                        + " though the wallet projection has passed its next event");
                    } else {
                        walletsBehind++;
                    }
                }
            });
            shown.keySet().stream().filter(id -> !walletAccounts.containsKey(id)).sorted().forEach(id ->
                    sink.accept(new AuditReport.Violation(LedgerInvariants.REPLAY, null, null, null,
                            "Wallet " + id + " is on the read side but has no events")));
        }

        private void report(Account account, Long index, String eventType, String detail) {
            sink.accept(new AuditReport.Violation(LedgerInvariants.REPLAY, account.name(), index, eventType, detail));
        }
    }
}
