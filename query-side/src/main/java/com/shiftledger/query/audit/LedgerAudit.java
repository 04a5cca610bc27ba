package com.shiftledger.query.audit;

import com.shiftledger.api.ledger.AuditReport;
import com.shiftledger.api.ledger.VerifyLedgerQuery;
import com.shiftledger.api.money.Account;
import com.shiftledger.api.money.MoneyMovement;
import com.shiftledger.api.money.Posting;
import com.shiftledger.api.wallet.FindWalletsQuery;
import com.shiftledger.api.wallet.WalletList;
import com.shiftledger.api.wallet.WalletOpenedEvent;
import com.shiftledger.api.wallet.WalletView;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
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
 * rebuilt from its events has the balance the read side shows (replay).
 */
@Component
class LedgerAudit {

    static final String CONSERVATION = "conservation";
    static final String NO_OVERDRAFT = "no_overdraft";
    static final String REPLAY = "replay";
    static final String UNREADABLE = "unreadable_event";
    private static final int MAX_VIOLATIONS = 1000;
    private static final long WAIT_FOR_NEXT_EVENT_MILLIS = 2000;

    private final EventStore eventStore;
    private final QueryGateway queries;

    LedgerAudit(EventStore eventStore, QueryGateway queries) {
        this.eventStore = eventStore;
        this.queries = queries;
    }

    @QueryHandler
    AuditReport handle(VerifyLedgerQuery query) throws InterruptedException {
        Replay replay = new Replay();
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
        replay.compareWith(queries.query(new FindWalletsQuery(), WalletList.class).join());
        return new AuditReport(replay.violations.isEmpty(), replay.eventsChecked, List.copyOf(replay.violations));
    }

    /** The state of one pass over the event store. */
    private static final class Replay {

        private final Map<Account, Long> balances = new HashMap<>();
        private final Map<Long, Account> walletAccounts = new HashMap<>();
        private final List<AuditReport.Violation> violations = new ArrayList<>();
        private long total;
        private long eventsChecked;

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

        void compareWith(WalletList readSide) {
            Map<Long, WalletView> shown = new HashMap<>();
            readSide.wallets().forEach(view -> shown.put(view.id(), view));
            walletAccounts.forEach((walletId, account) -> {
                long replayed = balances.getOrDefault(account, 0L);
                WalletView view = shown.get(walletId);
                if (view == null) {
                    report(REPLAY, account.name(), null, null,
                            "Wallet " + walletId + " is in the event store but not on the read side");
                } else if (view.balance().paise() != replayed) {
                    report(REPLAY, account.name(), null, null, "Wallet " + walletId + " replays to " + replayed
                            + " paise but the read side shows " + view.balance().paise() + " paise");
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
