package com.shiftledger.query.audit;

import com.shiftledger.api.ledger.AuditReport;
import com.shiftledger.api.money.Account;
import com.shiftledger.api.money.CoinPosting;
import com.shiftledger.api.money.MoneyMovement;
import com.shiftledger.api.money.Posting;
import com.shiftledger.api.referral.CoinsRedeemedEvent;
import com.shiftledger.api.referral.ReferralBonusCreditedEvent;
import com.shiftledger.api.referral.ReferralRecordedEvent;
import com.shiftledger.api.wallet.WalletOpenedEvent;
import com.shiftledger.api.wallet.WalletView;
import org.axonframework.eventhandling.TrackedEventMessage;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongPredicate;

/**
 * The ledger's three invariants checked over one pass of the event store, event by event, for each unit apart (rupees
 * in paise, referral coins in coins): after every event all balances of a unit sum to 0 (conservation), no wallet,
 * escrow, withdrawal, refund or user's coin account is negative (no overdraft; only the accounts whose job it is
 * may be, {@link Account#mayGoNegative()}), and at the end every wallet rebuilt from its events has the balance the
 * read side shows (replay). It holds one balance per account, never the events, and hands each violation to its sink
 * as it is found; the audit at once and the verification in the background both check with it.
 */
public final class LedgerInvariants {

    public static final String CONSERVATION = "conservation";
    public static final String NO_OVERDRAFT = "no_overdraft";
    public static final String REPLAY = "replay";
    public static final String UNREADABLE = "unreadable_event";

    private final Consumer<AuditReport.Violation> sink;
    private final Map<Account, Long> balances = new HashMap<>();
    private final Map<Long, Account> walletAccounts = new HashMap<>();
    private final Map<Long, Account> walletCoinAccounts = new HashMap<>();
    private long total;
    private long totalCoins;
    private long eventsChecked;
    private long violationsFound;

    public LedgerInvariants(Consumer<AuditReport.Violation> sink) {
        this.sink = sink;
    }

    public long eventsChecked() {
        return eventsChecked;
    }

    public long violationsFound() {
        return violationsFound;
    }

    /** The balance of the account after the events applied so far, in paise (in coins for a coin account). */
    public long balanceOf(Account account) {
        return balances.getOrDefault(account, 0L);
    }

    /** The account of a wallet opened by the events applied so far; null when none opened it. */
    public Account accountOf(long walletId) {
        return walletAccounts.get(walletId);
    }

    /** The coin account a wallet holds, once an event applied so far moved its coins; null before. */
    public Account coinAccountOf(long walletId) {
        return walletCoinAccounts.get(walletId);
    }

    /** The wallets opened by the events applied so far, by id, with their accounts. */
    public Map<Long, Account> walletAccounts() {
        return Map.copyOf(walletAccounts);
    }

    /** Checks the event: its postings move the balances, and conservation and no overdraft must hold after it. */
    public void apply(TrackedEventMessage<?> message) {
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
        rememberCoinAccount(payload);
        if (payload instanceof MoneyMovement movement) {
            post(movement.postings(), movement.coinPostings(), index, payload.getClass().getSimpleName());
        }
    }

    /**
     * Compares every wallet replayed so far with the read side. A wallet whose balances differ is reported only if
     * {@code stillDiffers} confirms it (a wallet may have moved after the pass ended, or its projection may just have
     * caught up); pass {@code id -> true} to report every difference as found.
     */
    public void compareWith(List<WalletView> readSide, LongPredicate stillDiffers) {
        Map<Long, WalletView> shown = new HashMap<>();
        readSide.forEach(view -> shown.put(view.id(), view));
        walletAccounts.forEach((walletId, account) -> {
            long replayed = balances.getOrDefault(account, 0L);
            WalletView view = shown.get(walletId);
            if (view == null) {
                if (stillDiffers.test(walletId)) {
                    report(REPLAY, account.name(), null, null,
                            "Wallet " + walletId + " is in the event store but not on the read side");
                }
            } else if (view.balance().paise() != replayed && stillDiffers.test(walletId)) {
                report(REPLAY, account.name(), null, null, "Wallet " + walletId + " replays to " + replayed
                        + " paise but the read side shows " + view.balance().paise() + " paise");
            } else if (view.coins() != coinsOf(walletId) && stillDiffers.test(walletId)) {
                report(REPLAY, walletCoinAccounts.getOrDefault(walletId, account).name(), null, null, "Wallet "
                        + walletId + " replays to " + coinsOf(walletId) + " coins but the read side shows "
                        + view.coins() + " coins");
            }
        });
        shown.keySet().stream().filter(id -> !walletAccounts.containsKey(id)).sorted().forEach(id -> report(REPLAY,
                null, null, null, "Wallet " + id + " is on the read side but has no events"));
    }

    /** The coins of the wallet's user after the events applied so far. */
    public long coinsOf(long walletId) {
        Account coins = walletCoinAccounts.get(walletId);
        return coins == null ? 0 : balances.getOrDefault(coins, 0L);
    }

    private void rememberCoinAccount(Object payload) {
        if (payload instanceof ReferralRecordedEvent referred) {
            walletCoinAccounts.put(referred.walletId().value(), Account.coins(referred.refereeUserId()));
        } else if (payload instanceof ReferralBonusCreditedEvent bonus) {
            walletCoinAccounts.put(bonus.walletId().value(), bonus.coinAccount());
        } else if (payload instanceof CoinsRedeemedEvent redeemed) {
            walletCoinAccounts.put(redeemed.walletId().value(), redeemed.coinAccount());
        }
    }

    private void post(List<Posting> postings, List<CoinPosting> coinPostings, Long index, String eventType) {
        Set<Account> touched = new HashSet<>();
        for (Posting posting : postings) {
            long amount = posting.amount().paise();
            move(posting.from(), -amount);
            move(posting.to(), amount);
            touched.add(posting.from());
        }
        for (CoinPosting posting : coinPostings) {
            long coins = posting.amount().count();
            move(posting.from(), -coins);
            move(posting.to(), coins);
            touched.add(posting.from());
        }
        if (total != 0) {
            report(CONSERVATION, null, index, eventType, "The balances of all accounts sum to " + total
                    + " paise instead of 0");
        }
        if (totalCoins != 0) {
            report(CONSERVATION, null, index, eventType, "The coin balances of all accounts sum to " + totalCoins
                    + " coins instead of 0");
        }
        for (Account account : touched) {
            long balance = balances.getOrDefault(account, 0L);
            if (!account.mayGoNegative() && balance < 0) {
                report(NO_OVERDRAFT, account.name(), index, eventType,
                        "The balance of " + account + " went to " + balance + (account.holdsCoins() ? " coins"
                                : " paise"));
            }
        }
    }

    private void move(Account account, long delta) {
        balances.merge(account, delta, Long::sum);
        if (account.holdsCoins()) {
            totalCoins += delta;
        } else {
            total += delta;
        }
    }

    private void report(String invariant, String account, Long index, String eventType, String detail) {
        violationsFound++;
        sink.accept(new AuditReport.Violation(invariant, account, index, eventType, detail));
    }
}
