package com.shiftledger.query.audit;

import com.shiftledger.api.ledger.FindWalletBalanceAtQuery;
import com.shiftledger.api.ledger.FindWalletStatementQuery;
import com.shiftledger.api.ledger.StatementChain;
import com.shiftledger.api.ledger.WalletBalanceAt;
import com.shiftledger.api.ledger.WalletStatement;
import com.shiftledger.api.money.Account;
import com.shiftledger.api.money.CoinPosting;
import com.shiftledger.api.money.Money;
import com.shiftledger.api.money.MoneyMovement;
import com.shiftledger.api.money.Posting;
import com.shiftledger.api.money.TransactionCategory;
import com.shiftledger.api.referral.CoinsRedeemedEvent;
import com.shiftledger.api.wallet.TopUpCapturedEvent;
import com.shiftledger.api.wallet.WalletCreditedEvent;
import com.shiftledger.api.wallet.WalletDebitedEvent;
import com.shiftledger.api.wallet.WalletId;
import com.shiftledger.api.wallet.WalletOpenedEvent;
import com.shiftledger.api.wallet.WithdrawalApprovedEvent;
import com.shiftledger.api.wallet.WithdrawalRejectedEvent;
import com.shiftledger.api.wallet.WithdrawalRequestedEvent;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Rebuilds a wallet from its own events in the event store (never from a read model): its balance at any
 * instant, and its statement with a hash chain an auditor can check offline ({@link StatementChain}). A statement
 * covers the half-open period [from, to), so the statements of consecutive periods link: one's closing hash is the
 * next one's opening hash.
 */
@Component
class WalletReplay {

    private final EventStore eventStore;

    WalletReplay(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @QueryHandler
    WalletBalanceAt handle(FindWalletBalanceAtQuery query) {
        Replay replay = replay(query.walletId(), null, event -> !event.getTimestamp().isAfter(query.at()));
        if (replay.account == null) {
            return null;
        }
        return new WalletBalanceAt(query.walletId().value(), replay.account.name(), query.at(),
                Money.ofPaise(replay.balance), Money.ofPaise(replay.reserved), replay.eventsReplayed, replay.coins);
    }

    @QueryHandler
    WalletStatement handle(FindWalletStatementQuery query) {
        Replay replay = replay(query.walletId(), query.from(),
                event -> query.to() == null || event.getTimestamp().isBefore(query.to()));
        if (replay.account == null) {
            return null;
        }
        return new WalletStatement(query.walletId().value(), replay.account.name(), query.from(), query.to(),
                Money.ofPaise(replay.openingBalance), Money.ofPaise(replay.balance), replay.openingHash,
                replay.hash, List.copyOf(replay.entries));
    }

    /** The wallet's balances after all its events so far; none when it has no events. */
    WalletBalanceAt now(WalletId walletId) {
        Replay replay = replay(walletId, null, event -> true);
        if (replay.account == null) {
            return null;
        }
        return new WalletBalanceAt(walletId.value(), replay.account.name(), null, Money.ofPaise(replay.balance),
                Money.ofPaise(replay.reserved), replay.eventsReplayed, replay.coins);
    }

    private Replay replay(WalletId walletId, Instant from, Predicate<DomainEventMessage<?>> included) {
        Replay replay = new Replay(from);
        eventStore.readEvents(walletId.toString(), 0).asStream()
                .takeWhile(included)
                .forEach(replay::apply);
        return replay;
    }

    /** One pass over a wallet's events. */
    private static final class Replay {

        private final Instant from;
        private final List<WalletStatement.Entry> entries = new ArrayList<>();
        private Account account;
        private long balance;
        private long reserved;
        private long coins;
        private long openingBalance;
        private String hash = StatementChain.GENESIS;
        private String openingHash = StatementChain.GENESIS;
        private long eventsReplayed;

        Replay(Instant from) {
            this.from = from;
        }

        void apply(DomainEventMessage<?> event) {
            eventsReplayed++;
            Object payload = event.getPayload();
            if (payload instanceof WalletOpenedEvent opened) {
                account = opened.account();
            }
            reserved += reservedChange(payload);
            if (!(payload instanceof MoneyMovement movement) || account == null) {
                return;
            }
            coins += coinChange(movement.coinPostings());
            long change = change(movement.postings());
            if (change == 0) {
                return;
            }
            balance += change;
            WalletStatement.Entry unhashed = entry(event, payload, change);
            hash = StatementChain.next(hash, unhashed);
            boolean shown = from == null || !event.getTimestamp().isBefore(from);
            if (shown) {
                entries.add(withHash(unhashed, hash));
            } else {
                openingBalance = balance;
                openingHash = hash;
            }
        }

        private long change(List<Posting> postings) {
            long change = 0;
            for (Posting posting : postings) {
                if (posting.to().equals(account)) {
                    change += posting.amount().paise();
                }
                if (posting.from().equals(account)) {
                    change -= posting.amount().paise();
                }
            }
            return change;
        }

        /** The wallet's events move only its own user's coins, to or from the platform's issuing account. */
        private static long coinChange(List<CoinPosting> postings) {
            long change = 0;
            for (CoinPosting posting : postings) {
                if (posting.to().equals(Account.COINS_PLATFORM)) {
                    change -= posting.amount().count();
                } else if (posting.from().equals(Account.COINS_PLATFORM)) {
                    change += posting.amount().count();
                }
            }
            return change;
        }

        private static long reservedChange(Object payload) {
            if (payload instanceof WithdrawalRequestedEvent requested) {
                return requested.amount().paise();
            }
            if (payload instanceof WithdrawalApprovedEvent approved) {
                return -approved.amount().paise();
            }
            if (payload instanceof WithdrawalRejectedEvent rejected) {
                return -rejected.amount().paise();
            }
            return 0;
        }

        private WalletStatement.Entry entry(DomainEventMessage<?> event, Object payload, long change) {
            String transactionId = null;
            String category = null;
            String counterparty = null;
            String reference = null;
            if (payload instanceof TopUpCapturedEvent captured) {
                transactionId = captured.transactionId();
                category = "wallet_topup";
                counterparty = Account.GATEWAY_RAZORPAY.name();
                reference = captured.orderId();
            } else if (payload instanceof WalletDebitedEvent debited) {
                transactionId = debited.transactionId();
                category = debited.category().code();
                counterparty = debited.counterparty().name();
                reference = debited.reference();
            } else if (payload instanceof WalletCreditedEvent credited) {
                transactionId = credited.transactionId();
                category = credited.category().code();
                counterparty = credited.counterparty().name();
                reference = credited.reference();
            } else if (payload instanceof CoinsRedeemedEvent redeemed) {
                transactionId = redeemed.transactionId();
                category = TransactionCategory.REFERRAL_REDEMPTION.code();
                counterparty = Account.PLATFORM_REFERRALS.name();
                reference = redeemed.reference();
            } else if (payload instanceof WithdrawalRequestedEvent requested) {
                transactionId = requested.transactionId();
                category = "withdrawal";
                counterparty = Account.withdrawal(requested.withdrawalId()).name();
                reference = requested.reference();
            } else if (payload instanceof WithdrawalRejectedEvent rejected) {
                transactionId = rejected.returnTransactionId();
                category = "withdrawal";
                counterparty = Account.withdrawal(rejected.withdrawalId()).name();
                reference = "withdrawal:" + rejected.withdrawalId() + ":returned";
            }
            return new WalletStatement.Entry(event.getSequenceNumber(), event.getTimestamp(),
                    event.getPayloadType().getSimpleName(), transactionId, change > 0 ? "credit" : "debit", category,
                    Money.ofPaise(Math.abs(change)), Money.ofPaise(balance), counterparty, reference, null);
        }

        private static WalletStatement.Entry withHash(WalletStatement.Entry entry, String hash) {
            return new WalletStatement.Entry(entry.sequence(), entry.occurredAt(), entry.eventType(),
                    entry.transactionId(), entry.type(), entry.category(), entry.amount(), entry.balanceAfter(),
                    entry.counterparty(), entry.reference(), hash);
        }
    }
}
