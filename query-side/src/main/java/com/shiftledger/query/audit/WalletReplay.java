package com.shiftledger.query.audit;

import com.shiftledger.api.ledger.FindWalletBalanceAtQuery;
import com.shiftledger.api.ledger.FindWalletStatementQuery;
import com.shiftledger.api.ledger.WalletBalanceAt;
import com.shiftledger.api.ledger.WalletStatement;
import com.shiftledger.api.money.Account;
import com.shiftledger.api.money.Money;
import com.shiftledger.api.money.MoneyMovement;
import com.shiftledger.api.money.Posting;
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

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Rebuilds a wallet from its own events in the event store (never from a read model): its balance at any
 * instant, and its statement with a hash chain an auditor can check offline.
 */
@Component
class WalletReplay {

    /** The hash a statement's chain starts from, before the wallet's first entry. */
    static final String GENESIS = "0".repeat(64);

    private final EventStore eventStore;

    WalletReplay(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @QueryHandler
    WalletBalanceAt handle(FindWalletBalanceAtQuery query) {
        Replay replay = replay(query.walletId(), null, query.at());
        if (replay.account == null) {
            return null;
        }
        return new WalletBalanceAt(query.walletId().value(), replay.account.name(), query.at(),
                Money.ofPaise(replay.balance), Money.ofPaise(replay.reserved), replay.eventsReplayed);
    }

    @QueryHandler
    WalletStatement handle(FindWalletStatementQuery query) {
        Replay replay = replay(query.walletId(), query.from(), query.to());
        if (replay.account == null) {
            return null;
        }
        return new WalletStatement(query.walletId().value(), replay.account.name(), query.from(), query.to(),
                Money.ofPaise(replay.openingBalance), Money.ofPaise(replay.balance), replay.openingHash,
                replay.hash, List.copyOf(replay.entries));
    }

    private Replay replay(WalletId walletId, Instant from, Instant to) {
        Replay replay = new Replay(from);
        eventStore.readEvents(walletId.toString(), 0).asStream()
                .takeWhile(event -> to == null || !event.getTimestamp().isAfter(to))
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
        private long openingBalance;
        private String hash = GENESIS;
        private String openingHash = GENESIS;
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
            long change = change(movement.postings());
            if (change == 0) {
                return;
            }
            balance += change;
            WalletStatement.Entry unhashed = entry(event, payload, change);
            hash = chain(hash, unhashed);
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

    /**
     * The next link of the chain: SHA-256 (hex) of the previous hash and the entry's canonical line
     * ({@link #canonicalLine}), joined by a newline.
     */
    static String chain(String previousHash, WalletStatement.Entry entry) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] bytes = (previousHash + "\n" + canonicalLine(entry)).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(digest.digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }

    /** {@code sequence|occurred_at|transaction_id|type|category|amount_paise|balance_after_paise|counterparty|reference}. */
    static String canonicalLine(WalletStatement.Entry entry) {
        return String.join("|", String.valueOf(entry.sequence()), entry.occurredAt().toString(),
                String.valueOf(entry.transactionId()), entry.type(), String.valueOf(entry.category()),
                String.valueOf(entry.amount().paise()), String.valueOf(entry.balanceAfter().paise()),
                String.valueOf(entry.counterparty()), String.valueOf(entry.reference()));
    }
}
