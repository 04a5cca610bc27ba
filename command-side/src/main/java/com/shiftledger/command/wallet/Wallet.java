package com.shiftledger.command.wallet;

import com.shiftledger.api.money.Account;
import com.shiftledger.api.money.Coins;
import com.shiftledger.api.money.Money;
import com.shiftledger.api.money.TransactionId;
import com.shiftledger.api.referral.CoinsReceipt;
import com.shiftledger.api.referral.CoinsRedeemedEvent;
import com.shiftledger.api.referral.CreditReferralBonusCommand;
import com.shiftledger.api.referral.RecordReferralCommand;
import com.shiftledger.api.referral.RedeemCoinsCommand;
import com.shiftledger.api.referral.RedemptionReceipt;
import com.shiftledger.api.referral.ReferralBonusCreditedEvent;
import com.shiftledger.api.referral.ReferralRecordedEvent;
import com.shiftledger.api.rejection.RejectedException;
import com.shiftledger.api.wallet.ApproveWithdrawalCommand;
import com.shiftledger.api.wallet.CaptureTopUpCommand;
import com.shiftledger.api.wallet.CreateTopUpOrderCommand;
import com.shiftledger.api.wallet.CreditWalletCommand;
import com.shiftledger.api.wallet.DebitOutcome;
import com.shiftledger.api.wallet.DebitWalletCommand;
import com.shiftledger.api.wallet.MarkTopUpPendingCommand;
import com.shiftledger.api.wallet.OpenWalletCommand;
import com.shiftledger.api.wallet.RejectWithdrawalCommand;
import com.shiftledger.api.wallet.RequestWithdrawalCommand;
import com.shiftledger.api.wallet.TopUpCapturedEvent;
import com.shiftledger.api.wallet.TopUpOrderCreatedEvent;
import com.shiftledger.api.wallet.TopUpPendingEvent;
import com.shiftledger.api.wallet.TransactionReceipt;
import com.shiftledger.api.wallet.WalletCreditedEvent;
import com.shiftledger.api.wallet.WalletDebitRefusedEvent;
import com.shiftledger.api.wallet.WalletDebitedEvent;
import com.shiftledger.api.wallet.WalletId;
import com.shiftledger.api.wallet.WalletOpenedEvent;
import com.shiftledger.api.wallet.WithdrawalApprovedEvent;
import com.shiftledger.api.wallet.WithdrawalReceipt;
import com.shiftledger.api.wallet.WithdrawalRejectedEvent;
import com.shiftledger.api.wallet.WithdrawalRequestedEvent;
import com.shiftledger.api.wallet.WithdrawalStatus;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashMap;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The wallet of one hospital or professional. It guards the wallet's account: money leaves it only when it is
 * there, every step is recorded once per reference, and a top-up is credited once per order. It also holds its
 * user's referral coins ({@code coins:{user}}, a unit of their own): who referred the user (once, never the user
 * themselves), each bonus once per reference, and coins redeemed into the wallet only when they are there, the coins
 * and their rupees in one event.
 */
@Aggregate(snapshotTriggerDefinition = "walletSnapshotTrigger", cache = "walletCache")
class Wallet {

    static final String ORDER_NOT_FOUND = "Top-up order not found.";
    static final String AMOUNT_DIFFERS_FROM_ORDER = "The amount does not match the order amount.";
    static final String ORDER_ALREADY_EXISTS = "A top-up order with this id already exists.";
    static final String WITHDRAWAL_NOT_FOUND = "Withdrawal request not found.";
    static final String WITHDRAWAL_ALREADY_PROCESSED = "This withdrawal request has already been processed.";
    static final String REFERENCE_REUSED = "This reference was already used for a different transaction.";
    static final String SELF_REFERRAL = "You cannot use your own referral code.";
    static final String ALREADY_REFERRED = "A referral code has already been applied to this account.";
    static final String CIRCULAR_REFERRAL = "You cannot use the referral code of a user you referred.";
    static final String NOT_ENOUGH_COINS = "You do not have enough coins: you have %d.";
    static final String COINS_WORTH_NOTHING = "These coins are worth less than one paisa; redeem more of them.";

    @AggregateIdentifier
    private WalletId walletId;
    private Account account;
    private long balance;
    private long reserved;
    private Map<String, TopUpOrder> orders = new HashMap<>();
    private Map<String, TransactionReceipt> receiptsByReference = new HashMap<>();
    private Map<String, DebitOutcome.Refused> refusalsByReference = new HashMap<>();
    private Map<Long, Withdrawal> withdrawals = new HashMap<>();
    private Map<String, Long> withdrawalsByReference = new HashMap<>();
    private Account coinAccount;
    private long coins;
    private Long referrerUserId;
    private Map<String, Long> bonusesByReference = new HashMap<>();
    private Map<String, RedemptionReceipt> redemptionsByReference = new HashMap<>();

    /** What the wallet remembers of a top-up order. */
    record TopUpOrder(long amount, String transactionId, boolean pending, boolean captured, long balanceAfter) {
    }

    /** What the wallet remembers of a withdrawal. */
    record Withdrawal(long amount, String transactionId, WithdrawalStatus status) {
    }

    protected Wallet() {
        // required by Axon to rebuild the wallet from its events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(OpenWalletCommand command) {
        if (isOpen()) {
            return;
        }
        apply(new WalletOpenedEvent(command.walletId(), command.ownerType(), command.ownerId(), command.ownerName(),
                command.ownerType().accountOf(command.ownerId())));
    }

    @CommandHandler
    String handle(CreateTopUpOrderCommand command) {
        TopUpOrder existing = orders.get(command.orderId());
        if (existing != null) {
            if (existing.amount() != command.amount().paise()) {
                throw RejectedException.conflict(ORDER_ALREADY_EXISTS);
            }
            return existing.transactionId();
        }
        requirePositive(command.amount());
        String transactionId = TransactionId.of(walletId.toString(), topUpReference(command.orderId()));
        apply(new TopUpOrderCreatedEvent(walletId, command.orderId(), command.amount(), transactionId));
        return transactionId;
    }

    @CommandHandler
    TransactionReceipt handle(MarkTopUpPendingCommand command) {
        TopUpOrder order = requireOrder(command.orderId());
        if (order.amount() != command.claimedAmount().paise()) {
            throw RejectedException.invalid("amount", AMOUNT_DIFFERS_FROM_ORDER);
        }
        boolean repeated = order.pending() || order.captured();
        if (!repeated) {
            apply(new TopUpPendingEvent(walletId, command.orderId(), Money.ofPaise(order.amount()),
                    order.transactionId()));
        }
        return receipt(order.transactionId(), order.amount(), order.captured() ? order.balanceAfter() : balance,
                repeated);
    }

    @CommandHandler
    TransactionReceipt handle(CaptureTopUpCommand command) {
        TopUpOrder order = requireOrder(command.orderId());
        if (command.claimedAmount() != null && order.amount() != command.claimedAmount().paise()) {
            throw RejectedException.invalid("amount", AMOUNT_DIFFERS_FROM_ORDER);
        }
        if (order.captured()) {
            return receipt(order.transactionId(), order.amount(), order.balanceAfter(), true);
        }
        Money amount = Money.ofPaise(order.amount());
        apply(new TopUpCapturedEvent(walletId, account, command.orderId(), command.paymentId(), amount,
                command.channel(), order.transactionId(), Money.ofPaise(balance + order.amount()),
                Money.ofPaise(reserved)));
        return receipt(order.transactionId(), order.amount(), balance, false);
    }

    @CommandHandler
    DebitOutcome handle(DebitWalletCommand command) {
        requirePositive(command.amount());
        TransactionReceipt earlier = receiptsByReference.get(command.reference());
        if (earlier != null) {
            return new DebitOutcome.Paid(repeatOf(earlier, command.amount()));
        }
        DebitOutcome.Refused refusedBefore = refusalsByReference.get(command.reference());
        if (refusedBefore != null) {
            return refusedBefore;
        }
        if (!hasAvailable(command.amount().paise())) {
            apply(new WalletDebitRefusedEvent(walletId, command.amount(), command.counterparty(), command.category(),
                    command.reference(), Money.ofPaise(balance)));
            return refusalsByReference.get(command.reference());
        }
        String transactionId = TransactionId.of(walletId.toString(), command.reference());
        apply(new WalletDebitedEvent(walletId, account, command.amount(), command.counterparty(), command.category(),
                command.reference(), transactionId, command.description(),
                Money.ofPaise(balance - command.amount().paise()), Money.ofPaise(reserved)));
        return new DebitOutcome.Paid(receiptsByReference.get(command.reference()));
    }

    @CommandHandler
    TransactionReceipt handle(CreditWalletCommand command) {
        requirePositive(command.amount());
        TransactionReceipt earlier = receiptsByReference.get(command.reference());
        if (earlier != null) {
            return repeatOf(earlier, command.amount());
        }
        String transactionId = TransactionId.of(walletId.toString(), command.reference());
        apply(new WalletCreditedEvent(walletId, account, command.amount(), command.counterparty(),
                command.category(), command.reference(), transactionId, command.description(),
                Money.ofPaise(balance + command.amount().paise()), Money.ofPaise(reserved)));
        return receiptsByReference.get(command.reference());
    }

    @CommandHandler
    WithdrawalReceipt handle(RequestWithdrawalCommand command) {
        requirePositive(command.amount());
        Long earlierId = withdrawalsByReference.get(command.reference());
        if (earlierId != null) {
            Withdrawal earlier = withdrawals.get(earlierId);
            if (earlier.amount() != command.amount().paise()) {
                throw RejectedException.conflict(REFERENCE_REUSED);
            }
            return withdrawalReceipt(earlierId, earlier, true);
        }
        if (withdrawals.containsKey(command.withdrawalId())) {
            throw RejectedException.conflict(REFERENCE_REUSED);
        }
        if (!hasAvailable(command.amount().paise())) {
            throw RejectedException.insufficientBalance(command.amount(), Money.ofPaise(balance));
        }
        String transactionId = TransactionId.of(walletId.toString(), "withdrawal:" + command.withdrawalId());
        apply(new WithdrawalRequestedEvent(walletId, account, command.withdrawalId(), command.amount(),
                command.method(), command.destinationId(), null, command.reference(), transactionId,
                Money.ofPaise(balance - command.amount().paise()),
                Money.ofPaise(reserved + command.amount().paise())));
        return withdrawalReceipt(command.withdrawalId(), withdrawals.get(command.withdrawalId()), false);
    }

    @CommandHandler
    WithdrawalReceipt handle(ApproveWithdrawalCommand command) {
        Withdrawal withdrawal = requireWithdrawal(command.withdrawalId());
        if (withdrawal.status() == WithdrawalStatus.APPROVED) {
            return withdrawalReceipt(command.withdrawalId(), withdrawal, true);
        }
        requirePending(withdrawal);
        apply(new WithdrawalApprovedEvent(walletId, account, command.withdrawalId(),
                Money.ofPaise(withdrawal.amount()), command.remarks(), withdrawal.transactionId(),
                Money.ofPaise(balance), Money.ofPaise(reserved - withdrawal.amount())));
        return withdrawalReceipt(command.withdrawalId(), withdrawals.get(command.withdrawalId()), false);
    }

    @CommandHandler
    WithdrawalReceipt handle(RejectWithdrawalCommand command) {
        Withdrawal withdrawal = requireWithdrawal(command.withdrawalId());
        if (withdrawal.status() == WithdrawalStatus.REJECTED) {
            return withdrawalReceipt(command.withdrawalId(), withdrawal, true);
        }
        requirePending(withdrawal);
        String returnTransactionId = TransactionId.of(walletId.toString(),
                "withdrawal:" + command.withdrawalId() + ":returned");
        apply(new WithdrawalRejectedEvent(walletId, account, command.withdrawalId(),
                Money.ofPaise(withdrawal.amount()), command.remarks(), withdrawal.transactionId(),
                returnTransactionId, Money.ofPaise(balance + withdrawal.amount()),
                Money.ofPaise(reserved - withdrawal.amount())));
        return withdrawalReceipt(command.withdrawalId(), withdrawals.get(command.withdrawalId()), false);
    }

    @CommandHandler
    CoinsReceipt handle(RecordReferralCommand command) {
        requireCoinAccount(command.refereeUserId());
        if (isSelfReferral(command)) {
            throw RejectedException.invalid("referral_code", SELF_REFERRAL);
        }
        if (isReferred()) {
            if (referrerUserId == command.referrerUserId()) {
                return coinsReceipt();
            }
            throw RejectedException.invalid("referral_code", ALREADY_REFERRED);
        }
        if (isCircular(command)) {
            throw RejectedException.invalid("referral_code", CIRCULAR_REFERRAL);
        }
        apply(new ReferralRecordedEvent(walletId, command.refereeUserId(), command.referrerUserId(),
                command.referrerWalletId(), command.referralCode(), command.refereeBonus(), command.referralBonus(),
                Coins.of(coins).plus(command.refereeBonus())));
        return coinsReceipt();
    }

    @CommandHandler
    CoinsReceipt handle(CreditReferralBonusCommand command) {
        Account userCoins = requireCoinAccount(command.userId());
        if (!command.coins().isPositive() || bonusesByReference.containsKey(command.reference())) {
            return coinsReceipt();
        }
        apply(new ReferralBonusCreditedEvent(walletId, userCoins, command.refereeUserId(), command.coins(),
                command.reference(), Coins.of(coins).plus(command.coins())));
        return coinsReceipt();
    }

    @CommandHandler
    RedemptionReceipt handle(RedeemCoinsCommand command) {
        Account userCoins = requireCoinAccount(command.userId());
        RedemptionReceipt earlier = redemptionsByReference.get(command.reference());
        if (earlier != null) {
            if (!earlier.coins().equals(command.coins())) {
                throw RejectedException.conflict(REFERENCE_REUSED);
            }
            return new RedemptionReceipt(walletId, earlier.transactionId(), earlier.coins(),
                    earlier.coinExchangeRate(), earlier.amount(), earlier.balanceAfter(), earlier.reservedAfter(), earlier.coinsAfter(), true,
                    earlier.walletVersion());
        }
        if (!command.coins().isPositive()) {
            throw RejectedException.invalid("coins", "The coins must be at least 1.");
        }
        if (!holdsCoins(command.coins())) {
            throw RejectedException.invalid("coins", NOT_ENOUGH_COINS.formatted(coins));
        }
        Money amount = command.coins().worth(command.coinExchangeRate());
        if (!amount.isPositive()) {
            throw RejectedException.invalid("coins", COINS_WORTH_NOTHING);
        }
        String transactionId = TransactionId.of(walletId.toString(), command.reference());
        apply(new CoinsRedeemedEvent(walletId, account, userCoins, command.coins(), command.coinExchangeRate(),
                amount, command.reference(), transactionId, Money.ofPaise(balance + amount.paise()),
                Money.ofPaise(reserved), Coins.of(coins).minus(command.coins())));
        return redemptionsByReference.get(command.reference());
    }

    @EventSourcingHandler
    void on(WalletOpenedEvent event) {
        walletId = event.walletId();
        account = event.account();
    }

    @EventSourcingHandler
    void on(TopUpOrderCreatedEvent event) {
        orders.put(event.orderId(), new TopUpOrder(event.amount().paise(), event.transactionId(), false, false, 0));
    }

    @EventSourcingHandler
    void on(TopUpPendingEvent event) {
        orders.computeIfPresent(event.orderId(),
                (id, order) -> new TopUpOrder(order.amount(), order.transactionId(), true, order.captured(),
                        order.balanceAfter()));
    }

    @EventSourcingHandler
    void on(TopUpCapturedEvent event) {
        orders.computeIfPresent(event.orderId(),
                (id, order) -> new TopUpOrder(order.amount(), order.transactionId(), order.pending(), true,
                        event.balanceAfter().paise()));
        balance += event.amount().paise();
    }

    @EventSourcingHandler
    void on(WalletDebitedEvent event, @SequenceNumber long version) {
        balance -= event.amount().paise();
        remember(event.reference(), event.transactionId(), event.amount(), version);
    }

    @EventSourcingHandler
    void on(WalletDebitRefusedEvent event, @SequenceNumber long version) {
        refusalsByReference.put(event.reference(), new DebitOutcome.Refused(event.amount(), event.balance(), version));
    }

    @EventSourcingHandler
    void on(WalletCreditedEvent event, @SequenceNumber long version) {
        balance += event.amount().paise();
        remember(event.reference(), event.transactionId(), event.amount(), version);
    }

    @EventSourcingHandler
    void on(WithdrawalRequestedEvent event) {
        balance -= event.amount().paise();
        reserved += event.amount().paise();
        withdrawals.put(event.withdrawalId(),
                new Withdrawal(event.amount().paise(), event.transactionId(), WithdrawalStatus.PENDING));
        withdrawalsByReference.put(event.reference(), event.withdrawalId());
    }

    @EventSourcingHandler
    void on(WithdrawalApprovedEvent event) {
        reserved -= event.amount().paise();
        settle(event.withdrawalId(), WithdrawalStatus.APPROVED);
    }

    @EventSourcingHandler
    void on(WithdrawalRejectedEvent event) {
        reserved -= event.amount().paise();
        balance += event.amount().paise();
        settle(event.withdrawalId(), WithdrawalStatus.REJECTED);
    }

    @EventSourcingHandler
    void on(ReferralRecordedEvent event) {
        coinAccount = Account.coins(event.refereeUserId());
        referrerUserId = event.referrerUserId();
        coins += event.refereeBonus().count();
    }

    @EventSourcingHandler
    void on(ReferralBonusCreditedEvent event) {
        coinAccount = event.coinAccount();
        coins += event.coins().count();
        bonusesByReference.put(event.reference(), event.coins().count());
    }

    @EventSourcingHandler
    void on(CoinsRedeemedEvent event, @SequenceNumber long version) {
        coinAccount = event.coinAccount();
        coins -= event.coins().count();
        balance += event.amount().paise();
        redemptionsByReference.put(event.reference(), new RedemptionReceipt(walletId, event.transactionId(),
                event.coins(), event.coinExchangeRate(), event.amount(), event.balanceAfter(), event.reservedAfter(), event.coinsAfter(), false,
                version));
    }

    private static String topUpReference(String orderId) {
        return "topup:" + orderId;
    }

    private boolean isOpen() {
        return account != null;
    }

    private boolean hasAvailable(long amount) {
        return balance >= amount;
    }

    private boolean isReferred() {
        return referrerUserId != null;
    }

    private static boolean isSelfReferral(RecordReferralCommand command) {
        return command.refereeUserId() == command.referrerUserId();
    }

    private static boolean isCircular(RecordReferralCommand command) {
        return command.referrerReferredByUserId() != null
                && command.referrerReferredByUserId() == command.refereeUserId();
    }

    private boolean holdsCoins(Coins wanted) {
        return coins >= wanted.count();
    }

    /** The coin account of the wallet's user: each wallet holds the coins of the one user it belongs to. */
    private Account requireCoinAccount(long userId) {
        Account userCoins = Account.coins(userId);
        if (!isOpen() || (coinAccount != null && !coinAccount.equals(userCoins))) {
            throw new IllegalArgumentException("Wallet " + walletId + " does not hold the coins of user " + userId);
        }
        return userCoins;
    }

    private static void requirePositive(Money amount) {
        if (!amount.isPositive()) {
            throw RejectedException.invalid("amount", "The amount must be greater than 0.");
        }
    }

    private TopUpOrder requireOrder(String orderId) {
        TopUpOrder order = orders.get(orderId);
        if (order == null) {
            throw RejectedException.notFound(ORDER_NOT_FOUND);
        }
        return order;
    }

    private Withdrawal requireWithdrawal(long withdrawalId) {
        Withdrawal withdrawal = withdrawals.get(withdrawalId);
        if (withdrawal == null) {
            throw RejectedException.notFound(WITHDRAWAL_NOT_FOUND);
        }
        return withdrawal;
    }

    private static void requirePending(Withdrawal withdrawal) {
        if (withdrawal.status() != WithdrawalStatus.PENDING) {
            throw RejectedException.conflict(WITHDRAWAL_ALREADY_PROCESSED);
        }
    }

    private void remember(String reference, String transactionId, Money amount, long version) {
        receiptsByReference.put(reference, new TransactionReceipt(walletId, transactionId, amount,
                Money.ofPaise(balance), Money.ofPaise(balance), Money.ofPaise(reserved), false, version));
    }

    private void settle(long withdrawalId, WithdrawalStatus status) {
        withdrawals.computeIfPresent(withdrawalId,
                (id, withdrawal) -> new Withdrawal(withdrawal.amount(), withdrawal.transactionId(), status));
    }

    private TransactionReceipt receipt(String transactionId, long amount, long balanceAfter, boolean repeated) {
        return new TransactionReceipt(walletId, transactionId, Money.ofPaise(amount), Money.ofPaise(balanceAfter),
                Money.ofPaise(balance), Money.ofPaise(reserved), repeated, version());
    }

    private TransactionReceipt repeatOf(TransactionReceipt earlier, Money amount) {
        if (!earlier.amount().equals(amount)) {
            throw RejectedException.conflict(REFERENCE_REUSED);
        }
        return new TransactionReceipt(walletId, earlier.transactionId(), earlier.amount(), earlier.balanceAfter(),
                Money.ofPaise(balance), Money.ofPaise(reserved), true, earlier.walletVersion());
    }

    private WithdrawalReceipt withdrawalReceipt(long withdrawalId, Withdrawal withdrawal, boolean repeated) {
        return new WithdrawalReceipt(walletId, withdrawalId, withdrawal.transactionId(),
                Money.ofPaise(withdrawal.amount()), withdrawal.status(), Money.ofPaise(balance),
                Money.ofPaise(reserved), repeated, version());
    }

    private CoinsReceipt coinsReceipt() {
        return new CoinsReceipt(walletId, Coins.of(coins), version());
    }

    /** The sequence number of the wallet's last event, which the read side reports once it has projected it. */
    private static long version() {
        Long version = AggregateLifecycle.getVersion();
        return version == null ? -1 : version;
    }
}
