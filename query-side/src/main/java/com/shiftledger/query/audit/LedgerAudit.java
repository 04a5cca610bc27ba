package com.shiftledger.query.audit;

import com.shiftledger.api.ledger.AuditReport;
import com.shiftledger.api.ledger.FindProjectedWalletsQuery;
import com.shiftledger.api.ledger.ProjectedWallets;
import com.shiftledger.api.ledger.VerifyLedgerQuery;
import com.shiftledger.api.money.Account;
import com.shiftledger.api.money.MoneyMovement;
import com.shiftledger.api.money.Posting;
import com.shiftledger.api.wallet.WalletOpenedEvent;
import org.axonframework.common.stream.BlockingStream;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Replays the whole event store and checks the ledger's invariants: after every event all balances sum to 0
 * (conservation), no wallet, escrow, withdrawal or refund account is negative (no overdraft), and every wallet
 * rebuilt from its events has the balance the read side shows (replay). Replay compares like with like: each
 * wallet's balance in the store at the version the read side shows it at. A wallet the read side shows at an earlier
 * version is lag while the wallet projection has not yet passed the wallet's next event (it is reported under
 * {@code lag}, with each projection's events and seconds behind), and a violation only once the projection has
 * passed that event and the wallet still does not show it (unless the projection parked it, which the lag shows).
 */
@Component
class LedgerAudit {

    static final String CONSERVATION = "conservation";
    static final String NO_OVERDRAFT = "no_overdraft";
    static final String REPLAY = "replay";
    static final String UNREADABLE = "unreadable_event";
    /** The processing group of the wallet read model (query-side {@code wallet} package). */
    static final String WALLET_PROJECTION = "wallet-projection";
    private static final int MAX_VIOLATIONS = 1000;
    private static final long WAIT_FOR_NEXT_EVENT_MILLIS = 2000;

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
        Replay replay = new Replay(shown, passed, parked);
        TrackingToken head = eventStore.createHeadToken();
        long headPosition = head == null ? -1 : head.position().orElse(-1);
        if (headPosition >= 0) {
            try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(null)) {
                while (stream.hasNextAvailable((int) WAIT_FOR_NEXT_EVENT_MILLIS, TimeUnit.MILLISECONDS)) {
                    TrackedEventMessage<?> message = stream.nextAvailable();
                    replay.apply(message);
                    if (message.trackingToken().position().orElse(-1) >= headPosition) {
                        break;
                    }
                }
            }
        }
        replay.compare();
        List<AuditReport.ProjectionLag> lag = new ArrayList<>();
        if (processors != null) {
            for (AuditReport.ProjectionLag projection : processors.lags()) {
                lag.add(projection.processor().equals(WALLET_PROJECTION)
                        ? new AuditReport.ProjectionLag(projection.processor(), projection.eventsBehind(),
                        projection.secondsBehind(), replay.walletsBehind, projection.deadLetters())
                        : projection);
            }
        }
        return new AuditReport(replay.violations.isEmpty(), replay.eventsChecked, List.copyOf(replay.violations),
                List.copyOf(lag));
    }

    /** The state of one pass over the event store. */
    private static final class Replay {

        private final Map<Account, Long> balances = new HashMap<>();
        private final Map<Long, Account> walletAccounts = new HashMap<>();
        private final List<AuditReport.Violation> violations = new ArrayList<>();
        private final Map<Long, ProjectedWallets.Wallet> shown = new HashMap<>();
        private final List<TrackingToken> passed;
        private final Set<String> parked;
        /** Per wallet: the store's balance at the version the read side shows. */
        private final Map<Long, Long> balanceAtShownVersion = new HashMap<>();
        /** Per wallet: its last sequence number in the store. */
        private final Map<Long, Long> lastSequence = new HashMap<>();
        /** Per wallet: its first event the read side does not show yet (or its opening, when it shows none). */
        private final Map<Long, TrackedEventMessage<?>> firstNotShown = new HashMap<>();
        private long total;
        private long eventsChecked;
        private long walletsBehind;

        Replay(ProjectedWallets readSide, List<TrackingToken> passed, Set<String> parked) {
            readSide.wallets().forEach(wallet -> shown.put(wallet.walletId(), wallet));
            this.passed = passed;
            this.parked = parked;
        }

        void apply(TrackedEventMessage<?> message) {
            eventsChecked++;
            Long index = message.trackingToken().position().isPresent()
                    ? message.trackingToken().position().getAsLong() : null;
            Object payload;
            try {
                payload = message.getPayload();
            } catch (RuntimeException unreadable) {
                report(UNREADABLE, null, index, message.getPayloadType().getSimpleName(),
                        "The event cannot be read: " + unreadable.getMessage());
                return;
            }
            if (payload instanceof WalletOpenedEvent opened) {
                walletAccounts.put(opened.walletId().value(), opened.account());
            }
            if (payload instanceof MoneyMovement movement) {
                post(movement.postings(), index, payload.getClass().getSimpleName());
            }
            if (message instanceof DomainEventMessage<?> domain && domain.getAggregateIdentifier() != null
                    && domain.getAggregateIdentifier().startsWith(WALLET_PREFIX)) {
                track(domain, message);
            }
        }

        private static final String WALLET_PREFIX = "wallet-";

        /** Remembers the wallet's balance at the version the read side shows, and its first event not shown. */
        private void track(DomainEventMessage<?> event, TrackedEventMessage<?> message) {
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
            Account account = walletAccounts.get(walletId);
            if (sequence == shownVersion && account != null) {
                balanceAtShownVersion.put(walletId, balances.getOrDefault(account, 0L));
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

        private void post(List<Posting> postings, Long index, String eventType) {
            Set<Account> touched = new HashSet<>();
            for (Posting posting : postings) {
                long amount = posting.amount().paise();
                move(posting.from(), -amount);
                move(posting.to(), amount);
                touched.add(posting.from());
            }
            if (total != 0) {
                report(CONSERVATION, null, index, eventType, "The balances of all accounts sum to " + total
                        + " paise instead of 0");
            }
            for (Account account : touched) {
                long balance = balances.getOrDefault(account, 0L);
                if (!account.isClearing() && balance < 0) {
                    report(NO_OVERDRAFT, account.name(), index, eventType,
                            "The balance of " + account + " went to " + balance + " paise");
                }
            }
        }

        private void move(Account account, long delta) {
            balances.merge(account, delta, Long::sum);
            total += delta;
        }

        void compare() {
            walletAccounts.forEach((walletId, account) -> {
                ProjectedWallets.Wallet wallet = shown.get(walletId);
                TrackedEventMessage<?> next = firstNotShown.get(walletId);
                Long atShown = balanceAtShownVersion.get(walletId);
                if (wallet != null && wallet.version() > lastSequence.getOrDefault(walletId, -1L)) {
                    report(REPLAY, account.name(), null, null, "Wallet " + walletId + " is shown at version "
                            + wallet.version() + " but the event store has it only up to version "
                            + lastSequence.getOrDefault(walletId, -1L));
                } else if (wallet != null && atShown != null && atShown != wallet.balancePaise()) {
                    report(REPLAY, account.name(), null, null, "Wallet " + walletId + " replays to " + atShown
                            + " paise at version " + wallet.version() + " but the read side shows "
                            + wallet.balancePaise() + " paise at that version");
                } else if (next != null) {
                    if (projectionPassed(next) && !parked.contains(WALLET_PREFIX + walletId)) {
                        report(REPLAY, account.name(), next.trackingToken().position().orElse(-1),
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
            shown.keySet().stream().filter(id -> !walletAccounts.containsKey(id)).forEach(id -> report(REPLAY, null,
                    null, null, "Wallet " + id + " is on the read side but has no events"));
        }

        private void report(String invariant, String account, Long index, String eventType, String detail) {
            if (violations.size() < MAX_VIOLATIONS) {
                violations.add(new AuditReport.Violation(invariant, account, index, eventType, detail));
            }
        }
    }
}
