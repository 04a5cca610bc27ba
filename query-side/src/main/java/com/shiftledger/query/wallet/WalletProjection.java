package com.shiftledger.query.wallet;

import com.shiftledger.api.ledger.FindProjectedWalletsQuery;
import com.shiftledger.api.ledger.ProjectedWallets;
import com.shiftledger.api.money.Account;
import com.shiftledger.api.money.Money;
import com.shiftledger.api.money.TransactionCategory;
import com.shiftledger.api.referral.CoinsRedeemedEvent;
import com.shiftledger.api.referral.FindReferredByQuery;
import com.shiftledger.api.referral.ReferralBonusCreditedEvent;
import com.shiftledger.api.referral.ReferralRecordedEvent;
import com.shiftledger.api.wallet.EarningsSummary;
import com.shiftledger.api.wallet.FindEarningsQuery;
import com.shiftledger.api.wallet.FindTransactionsQuery;
import com.shiftledger.api.wallet.FindWalletQuery;
import com.shiftledger.api.wallet.FindWalletSummaryQuery;
import com.shiftledger.api.wallet.FindWalletTransactionQuery;
import com.shiftledger.api.wallet.FindWalletVersionQuery;
import com.shiftledger.api.wallet.FindWalletsQuery;
import com.shiftledger.api.wallet.FindWithdrawalQuery;
import com.shiftledger.api.wallet.FindWithdrawalsQuery;
import com.shiftledger.api.wallet.PayoutDestination;
import com.shiftledger.api.wallet.TopUpCapturedEvent;
import com.shiftledger.api.wallet.TopUpOrderCreatedEvent;
import com.shiftledger.api.wallet.TopUpPendingEvent;
import com.shiftledger.api.wallet.TransactionPage;
import com.shiftledger.api.wallet.TransactionView;
import com.shiftledger.api.wallet.WalletCreditedEvent;
import com.shiftledger.api.wallet.WalletDebitRefusedEvent;
import com.shiftledger.api.wallet.WalletDebitedEvent;
import com.shiftledger.api.wallet.WalletId;
import com.shiftledger.api.wallet.WalletList;
import com.shiftledger.api.wallet.WalletOpenedEvent;
import com.shiftledger.api.wallet.WalletSummary;
import com.shiftledger.api.wallet.WalletView;
import com.shiftledger.api.wallet.WithdrawalApprovedEvent;
import com.shiftledger.api.wallet.WithdrawalPage;
import com.shiftledger.api.wallet.WithdrawalRejectedEvent;
import com.shiftledger.api.wallet.WithdrawalRequestedEvent;
import com.shiftledger.api.wallet.WithdrawalView;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Projects wallet events into balances, transaction histories and withdrawal requests, and answers the wallet
 * queries (a wallet's pending refunds come from the refunds of {@link RefundProjection}). Every handler is
 * idempotent: a redelivered event finds its row and changes nothing.
 */
@Component
@ProcessingGroup(WalletProjection.PROCESSING_GROUP)
class WalletProjection {

    static final String PROCESSING_GROUP = "wallet-projection";
    /** The credits that count as a professional's earnings. */
    static final List<String> EARNINGS = List.of(TransactionCategory.SHIFT_EARNING.code(),
            TransactionCategory.EMERGENCY_SOS_EXTRA_PAY.code());

    private final WalletEntryRepository wallets;
    private final WalletTransactionRepository transactions;
    private final WithdrawalEntryRepository withdrawals;
    private final RefundEntryRepository refunds;
    private final PayoutDestinationEntryRepository payoutDestinations;
    private final TransactionSearch search;
    private final QueryUpdateEmitter updates;

    WalletProjection(WalletEntryRepository wallets, WalletTransactionRepository transactions,
                     WithdrawalEntryRepository withdrawals, RefundEntryRepository refunds,
                     PayoutDestinationEntryRepository payoutDestinations, TransactionSearch search,
                     QueryUpdateEmitter updates) {
        this.wallets = wallets;
        this.transactions = transactions;
        this.withdrawals = withdrawals;
        this.refunds = refunds;
        this.payoutDestinations = payoutDestinations;
        this.search = search;
        this.updates = updates;
    }

    @EventHandler
    void on(WalletOpenedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (!wallets.existsById(event.walletId().value())) {
            wallets.save(new WalletEntry(event.walletId().value(), event.ownerType().code(), event.ownerId(),
                    event.ownerName(), event.account().name(), sequence, at));
        }
        announce(event.walletId(), sequence);
    }

    @EventHandler
    void on(TopUpOrderCreatedEvent event, @SequenceNumber long sequence) {
        wallet(event.walletId().value()).projected(sequence);
        announce(event.walletId(), sequence);
    }

    @EventHandler
    void on(WalletDebitRefusedEvent event, @SequenceNumber long sequence) {
        wallet(event.walletId().value()).projected(sequence);
        announce(event.walletId(), sequence);
    }

    @EventHandler
    void on(TopUpPendingEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        WalletEntry wallet = wallet(event.walletId().value());
        wallet.projected(sequence);
        WalletTransaction pending = transactions.findById(event.transactionId()).orElseGet(() -> transactions.save(
                new WalletTransaction(event.transactionId(), wallet.id(), wallet.ownerType(), "credit",
                        "wallet_topup", event.amount().paise(), "pending", null, "razorpay_order", event.orderId(),
                        "Wallet top-up via Razorpay", sequence, at)));
        announce(event.walletId(), sequence);
        announce(pending);
    }

    @EventHandler
    void on(TopUpCapturedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        WalletEntry wallet = wallet(event.walletId().value());
        wallet.balancesAfter(sequence, event.balanceAfter().paise(), event.reservedAfter().paise(), at);
        WalletTransaction topUp = transactions.findById(event.transactionId()).map(pending -> {
            pending.complete(event.balanceAfter().paise(), sequence);
            return pending;
        }).orElseGet(() -> transactions.save(new WalletTransaction(event.transactionId(), wallet.id(),
                wallet.ownerType(), "credit", "wallet_topup", event.amount().paise(), "completed",
                event.balanceAfter().paise(), "razorpay_order", event.orderId(), "Wallet top-up via Razorpay",
                sequence, at)));
        announce(event.walletId(), sequence);
        announce(topUp);
    }

    @EventHandler
    void on(WalletDebitedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        WalletEntry wallet = wallet(event.walletId().value());
        wallet.balancesAfter(sequence, event.balanceAfter().paise(), event.reservedAfter().paise(), at);
        WalletTransaction debit = record(wallet, event.transactionId(), "debit", event.category().code(),
                event.amount(), "completed", event.balanceAfter(), event.counterparty(), event.description(), sequence,
                at);
        announce(event.walletId(), sequence);
        announce(debit);
    }

    @EventHandler
    void on(WalletCreditedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        WalletEntry wallet = wallet(event.walletId().value());
        wallet.balancesAfter(sequence, event.balanceAfter().paise(), event.reservedAfter().paise(), at);
        WalletTransaction credit = record(wallet, event.transactionId(), "credit", event.category().code(),
                event.amount(), "completed", event.balanceAfter(), event.counterparty(), event.description(), sequence,
                at);
        announce(event.walletId(), sequence);
        announce(credit);
    }

    @EventHandler
    void on(ReferralRecordedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        wallet(event.walletId().value()).referred(sequence, event.referrerUserId(), event.coinsAfter().count(), at);
        announce(event.walletId(), sequence);
    }

    @EventHandler
    void on(ReferralBonusCreditedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        wallet(event.walletId().value()).coinsAfter(sequence, event.coinsAfter().count(), at);
        announce(event.walletId(), sequence);
    }

    /** The rupees of redeemed coins are a credit of the wallet's history, from {@code platform:referrals}. */
    @EventHandler
    void on(CoinsRedeemedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        WalletEntry wallet = wallet(event.walletId().value());
        wallet.redeemed(sequence, event.balanceAfter().paise(), event.reservedAfter().paise(),
                event.coinsAfter().count(), at);
        WalletTransaction credit = record(wallet, event.transactionId(), "credit",
                TransactionCategory.REFERRAL_REDEMPTION.code(), event.amount(), "completed", event.balanceAfter(),
                Account.PLATFORM_REFERRALS, event.coins().count() + " referral coins redeemed at ₹"
                        + event.coinExchangeRate().stripTrailingZeros().toPlainString() + " a coin", sequence, at);
        announce(event.walletId(), sequence);
        announce(credit);
    }

    @EventHandler
    void on(WithdrawalRequestedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        WalletEntry wallet = wallet(event.walletId().value());
        wallet.balancesAfter(sequence, event.balanceAfter().paise(), event.reservedAfter().paise(), at);
        WalletTransaction reserved = record(wallet, event.transactionId(), "debit", "withdrawal", event.amount(),
                "pending", event.balanceAfter(), Account.withdrawal(event.withdrawalId()),
                "Withdrawal request #" + event.withdrawalId() + " (" + event.method().code() + ")", sequence, at);
        if (withdrawals.findById(event.withdrawalId()).isEmpty()) {
            if (event.destinationId() != null) {
                withdrawals.save(new WithdrawalEntry(event.withdrawalId(), wallet.id(), wallet.ownerType(),
                        wallet.ownerId(), wallet.ownerName(), event.amount().paise(), event.method().code(),
                        event.destinationId(), event.transactionId(), at));
            } else {
                // recorded before payout details left the event store: the event still carries them
                var destination = event.destination() == null ? PayoutDestination.none() : event.destination();
                withdrawals.save(new WithdrawalEntry(event.withdrawalId(), wallet.id(), wallet.ownerType(),
                        wallet.ownerId(), wallet.ownerName(), event.amount().paise(), event.method().code(),
                        destination.bankName(), destination.accountNumber(), destination.ifscCode(),
                        destination.accountHolderName(), destination.upiId(), event.transactionId(), at));
            }
        }
        announce(event.walletId(), sequence);
        announce(reserved);
    }

    @EventHandler
    void on(WithdrawalApprovedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        WalletEntry wallet = wallet(event.walletId().value());
        wallet.balancesAfter(sequence, event.balanceAfter().paise(), event.reservedAfter().paise(), at);
        transactions.findById(event.transactionId()).ifPresent(debit -> {
            debit.markStatus("completed");
            announce(debit);
        });
        withdrawals.findById(event.withdrawalId()).ifPresent(w -> w.processed("approved", event.remarks(), at));
        announce(event.walletId(), sequence);
    }

    @EventHandler
    void on(WithdrawalRejectedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        WalletEntry wallet = wallet(event.walletId().value());
        wallet.balancesAfter(sequence, event.balanceAfter().paise(), event.reservedAfter().paise(), at);
        transactions.findById(event.transactionId()).ifPresent(debit -> {
            debit.markStatus("failed");
            announce(debit);
        });
        WalletTransaction returned = record(wallet, event.returnTransactionId(), "credit", "withdrawal",
                event.amount(), "completed", event.balanceAfter(), Account.withdrawal(event.withdrawalId()),
                "Withdrawal request #" + event.withdrawalId() + " rejected: funds returned", sequence, at);
        withdrawals.findById(event.withdrawalId()).ifPresent(w -> w.processed("rejected", event.remarks(), at));
        announce(event.walletId(), sequence);
        announce(returned);
    }

    @QueryHandler
    Long handle(FindWalletVersionQuery query) {
        return wallets.findById(query.walletId().value()).map(WalletEntry::version).orElse(-1L);
    }

    @QueryHandler
    Long handle(FindReferredByQuery query) {
        return wallets.findById(query.walletId().value()).map(WalletEntry::referredByUserId).orElse(null);
    }

    @QueryHandler
    TransactionView handle(FindWalletTransactionQuery query) {
        return transactions.findById(query.transactionId()).map(WalletProjection::view).orElse(null);
    }

    @QueryHandler
    WalletView handle(FindWalletQuery query) {
        long walletId = query.walletId().value();
        return wallets.findById(walletId)
                .map(wallet -> view(wallet, RefundEntryRepository.RefundTotal.of(refunds.totalsByStatus(walletId),
                        RefundProjection.WAITING).amount()))
                .orElse(null);
    }

    @QueryHandler
    WalletSummary handle(FindWalletSummaryQuery query) {
        WalletView wallet = handle(new FindWalletQuery(query.walletId()));
        return wallet == null ? null : new WalletSummary(wallet, search.latest(query.walletId().value(),
                query.recentTransactions()).stream().map(WalletProjection::view).toList());
    }

    @QueryHandler
    ProjectedWallets handle(FindProjectedWalletsQuery query) {
        return new ProjectedWallets(wallets.findAll(Sort.by("id")).stream()
                .map(wallet -> new ProjectedWallets.Wallet(wallet.id(), wallet.balancePaise(), wallet.version(),
                        wallet.coins()))
                .toList());
    }

    @QueryHandler
    WalletList handle(FindWalletsQuery query) {
        Map<Long, Long> pendingRefunds = refunds.amountsByWallet(RefundProjection.WAITING).stream()
                .collect(Collectors.toMap(RefundEntryRepository.WalletRefunds::getWalletId,
                        RefundEntryRepository.WalletRefunds::getAmount));
        return new WalletList(wallets.findAll(Sort.by("id")).stream()
                .map(wallet -> view(wallet, pendingRefunds.getOrDefault(wallet.id(), 0L)))
                .toList());
    }

    @QueryHandler
    EarningsSummary handle(FindEarningsQuery query) {
        long walletId = query.walletId().value();
        ZoneId zone = ZoneId.of(query.timeZone());
        YearMonth current = query.currentMonth();
        YearMonth lastMonth = current.minusMonths(1);
        YearMonth earliest = current.minusMonths(Math.max(query.months(), 2) - 1L);
        List<EarningsCalendar.Earning> recent = transactions.creditsSince(walletId, EARNINGS,
                        EarningsCalendar.startOf(earliest, zone)).stream()
                .map(credit -> new EarningsCalendar.Earning(credit.getAt(), credit.getPaise()))
                .toList();
        EarningsCalendar calendar = new EarningsCalendar(recent, zone);
        Money balance = wallets.findById(walletId).map(wallet -> Money.ofPaise(wallet.balancePaise()))
                .orElse(Money.ZERO);
        return new EarningsSummary(Money.ofPaise(transactions.sumOfCredits(walletId, EARNINGS)),
                calendar.of(current), calendar.of(lastMonth), calendar.breakdown(current, query.months()), balance);
    }

    @QueryHandler
    TransactionPage handle(FindTransactionsQuery query) {
        Page<WalletTransaction> page = search.page(query, pageable(query.page(), query.perPage(), Sort.unsorted()));
        List<TransactionView> items = isReachable(query.page(), query.perPage())
                ? page.map(WalletProjection::view).getContent() : List.of();
        return new TransactionPage(items, page.getTotalElements(), query.page(), query.perPage());
    }

    @QueryHandler
    WithdrawalView handle(FindWithdrawalQuery query) {
        return withdrawals.findById(query.withdrawalId())
                .map(withdrawal -> view(withdrawal, destinationsOf(List.of(withdrawal)), true))
                .orElse(null);
    }

    @QueryHandler
    WithdrawalPage handle(FindWithdrawalsQuery query) {
        PageRequest pageable = pageable(query.page(), query.perPage(),
                Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id")));
        String status = query.status();
        Page<WithdrawalEntry> page;
        if (query.walletId() != null) {
            long walletId = query.walletId().value();
            page = status == null ? withdrawals.findByWalletId(walletId, pageable)
                    : withdrawals.findByWalletIdAndStatus(walletId, status, pageable);
        } else {
            page = status == null ? withdrawals.findAll(pageable) : withdrawals.findByStatus(status, pageable);
        }
        List<WithdrawalEntry> entries = isReachable(query.page(), query.perPage()) ? page.getContent() : List.of();
        Map<String, PayoutDestination> destinations = destinationsOf(entries);
        // the admin list (no wallet) is where withdrawals are processed: a pending one shows its details in full
        boolean admin = query.walletId() == null;
        List<WithdrawalView> items = entries.stream().map(w -> view(w, destinations, admin)).toList();
        return new WithdrawalPage(items, page.getTotalElements(), query.page(), query.perPage());
    }

    /**
     * The page asked for; a page whose offset is beyond what a query can skip (more rows than there can be) is
     * empty, and then the first row is read only to count them all.
     */
    private static PageRequest pageable(int page, int perPage, Sort sort) {
        return isReachable(page, perPage) ? PageRequest.of(page - 1, perPage, sort) : PageRequest.of(0, 1, sort);
    }

    private static boolean isReachable(int page, int perPage) {
        return (long) (page - 1) * perPage <= Integer.MAX_VALUE;
    }

    private WalletEntry wallet(long walletId) {
        return wallets.findById(walletId).orElseThrow(
                () -> new IllegalStateException("Wallet " + walletId + " was not projected before its transactions"));
    }

    /** The wallet's transaction, recorded unless a redelivered event finds it recorded already. */
    private WalletTransaction record(WalletEntry wallet, String transactionId, String type, String category,
                                     Money amount, String status, Money balanceAfter, Account counterparty,
                                     String description, long sequence, Instant at) {
        String referenceId = counterparty.name().substring(counterparty.name().indexOf(':') + 1);
        return transactions.findById(transactionId).orElseGet(() -> transactions.save(new WalletTransaction(
                transactionId, wallet.id(), wallet.ownerType(), type, category, amount.paise(), status,
                balanceAfter.paise(), counterparty.kind(), referenceId, description, sequence, at)));
    }

    /** Tells a command waiting on this wallet (see {@link FindWalletVersionQuery}) how far it is projected. */
    private void announce(WalletId walletId, long sequence) {
        updates.emit(FindWalletVersionQuery.class, query -> query.walletId().equals(walletId), sequence);
    }

    /**
     * Tells a command waiting on this transaction (see {@link FindWalletTransactionQuery}) how it stands. The update
     * goes out once this batch commits, to whoever waits then.
     */
    private void announce(WalletTransaction transaction) {
        String transactionId = transaction.transactionId();
        updates.emit(FindWalletTransactionQuery.class, query -> query.transactionId().equals(transactionId),
                view(transaction));
    }

    private static WalletView view(WalletEntry entry, long pendingRefundsPaise) {
        return new WalletView(entry.id(), entry.ownerType(), entry.ownerId(), Money.ofPaise(entry.balancePaise()),
                Money.ofPaise(entry.reservedPaise()), Money.ofPaise(pendingRefundsPaise), "INR", entry.coins());
    }

    private static TransactionView view(WalletTransaction tx) {
        return new TransactionView(tx.transactionId(), tx.type(), tx.category(), Money.ofPaise(tx.amountPaise()),
                tx.status(), tx.balanceAfterPaise() == null ? null : Money.ofPaise(tx.balanceAfterPaise()),
                tx.referenceType(), tx.referenceId(), tx.description(), tx.createdAt());
    }

    private Map<String, PayoutDestination> destinationsOf(List<WithdrawalEntry> entries) {
        List<String> ids = entries.stream().map(WithdrawalEntry::destinationId).filter(java.util.Objects::nonNull)
                .toList();
        return ids.isEmpty() ? Map.of() : payoutDestinations.findAllById(ids).stream()
                .collect(Collectors.toMap(PayoutDestinationEntry::id, PayoutDestinationEntry::details));
    }

    /**
     * A withdrawal with its payout destination: in full only to the admin processing it (pending, in the admin's
     * lists), masked ({@code XXXXXX1234}) to its owner and once processed; empty once erased.
     */
    private static WithdrawalView view(WithdrawalEntry w, Map<String, PayoutDestination> destinations,
                                       boolean adminView) {
        PayoutDestination destination = w.destinationId() == null
                ? new PayoutDestination(w.bankName(), w.accountNumber(), w.ifscCode(), w.accountHolderName(),
                w.upiId())
                : destinations.getOrDefault(w.destinationId(), PayoutDestination.none());
        PayoutDestination shown = adminView && w.status().equals("pending") ? destination : destination.masked();
        return new WithdrawalView(w.id(), w.walletId(), w.ownerType(), w.ownerId(), w.ownerName(),
                Money.ofPaise(w.amountPaise()), w.paymentMethod(), w.status(), shown.bankName(),
                shown.accountNumber(), shown.ifscCode(), shown.accountHolderName(), shown.upiId(), w.remarks(),
                w.transactionId(), w.createdAt(), w.processedAt());
    }
}
