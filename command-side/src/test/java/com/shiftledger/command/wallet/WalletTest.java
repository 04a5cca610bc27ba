package com.shiftledger.command.wallet;

import com.shiftledger.api.money.Account;
import com.shiftledger.api.money.Money;
import com.shiftledger.api.money.TransactionCategory;
import com.shiftledger.api.money.TransactionId;
import com.shiftledger.api.rejection.RejectedException;
import com.shiftledger.api.rejection.RejectionKind;
import com.shiftledger.api.wallet.ApproveWithdrawalCommand;
import com.shiftledger.api.wallet.CaptureTopUpCommand;
import com.shiftledger.api.wallet.CreateTopUpOrderCommand;
import com.shiftledger.api.wallet.CreditWalletCommand;
import com.shiftledger.api.wallet.DebitOutcome;
import com.shiftledger.api.wallet.DebitWalletCommand;
import com.shiftledger.api.wallet.MarkTopUpPendingCommand;
import com.shiftledger.api.wallet.OpenWalletCommand;
import com.shiftledger.api.wallet.OwnerType;
import com.shiftledger.api.wallet.PayoutMethod;
import com.shiftledger.api.wallet.RejectWithdrawalCommand;
import com.shiftledger.api.wallet.RequestWithdrawalCommand;
import com.shiftledger.api.wallet.TopUpCapturedEvent;
import com.shiftledger.api.wallet.TopUpChannel;
import com.shiftledger.api.wallet.TopUpOrderCreatedEvent;
import com.shiftledger.api.wallet.TopUpPendingEvent;
import com.shiftledger.api.wallet.TransactionReceipt;
import com.shiftledger.api.wallet.WalletCreditedEvent;
import com.shiftledger.api.wallet.WalletDebitRefusedEvent;
import com.shiftledger.api.wallet.WalletDebitedEvent;
import com.shiftledger.api.wallet.WalletId;
import com.shiftledger.api.wallet.WalletOpenedEvent;
import com.shiftledger.api.wallet.WithdrawalApprovedEvent;
import com.shiftledger.api.wallet.WithdrawalRejectedEvent;
import com.shiftledger.api.wallet.WithdrawalRequestedEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.equalTo;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.matches;
import static org.axonframework.test.matchers.Matchers.messageWithPayload;

class WalletTest {

    private static final WalletId WALLET = new WalletId(7);
    private static final Account HOSPITAL = Account.hospital(3);
    private static final Account SHIFT = Account.shift(101);
    /** The reference of a payout destination: its details are kept outside the event store. */
    private static final String UPI = "pd_city_upi";

    private FixtureConfiguration<Wallet> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Wallet.class);
    }

    private static WalletOpenedEvent opened() {
        return new WalletOpenedEvent(WALLET, OwnerType.HOSPITAL, 3, "City Hospital", HOSPITAL);
    }

    private static String txn(String reference) {
        return TransactionId.of(WALLET.toString(), reference);
    }

    private static TopUpOrderCreatedEvent order(String orderId, long paise) {
        return new TopUpOrderCreatedEvent(WALLET, orderId, Money.ofPaise(paise), txn("topup:" + orderId));
    }

    private static TopUpCapturedEvent captured(String orderId, long paise, long balanceAfter) {
        return new TopUpCapturedEvent(WALLET, HOSPITAL, orderId, "pay_1", Money.ofPaise(paise), TopUpChannel.VERIFY,
                txn("topup:" + orderId), Money.ofPaise(balanceAfter), Money.ZERO);
    }

    private static Matcher<Object> repeatedReceipt(String transactionId) {
        return matches(item -> receiptOf(item) instanceof TransactionReceipt receipt && receipt.repeated()
                && receipt.transactionId().equals(transactionId));
    }

    /** The receipt a wallet command answers; a debit answers it inside its {@link DebitOutcome.Paid}. */
    private static Object receiptOf(Object answer) {
        return answer instanceof DebitOutcome.Paid paid ? paid.receipt() : answer;
    }

    private static WalletDebitRefusedEvent refused(long paise, String reference, long balance) {
        return new WalletDebitRefusedEvent(WALLET, Money.ofPaise(paise), SHIFT, TransactionCategory.SHIFT_PAYMENT,
                reference, Money.ofPaise(balance));
    }

    @Test
    void openingAWalletGivesItTheOwnersAccount() {
        fixture.givenNoPriorActivity()
                .when(new OpenWalletCommand(WALLET, OwnerType.HOSPITAL, 3, "City Hospital"))
                .expectEvents(opened());
    }

    @Test
    void openingAnOpenWalletAgainChangesNothing() {
        fixture.given(opened())
                .when(new OpenWalletCommand(WALLET, OwnerType.HOSPITAL, 3, "City Hospital"))
                .expectNoEvents();
    }

    @Test
    void capturedTopUpCreditsTheOrderAmountFromTheGateway() {
        fixture.given(opened(), order("order_A", 100_000))
                .when(new CaptureTopUpCommand(WALLET, "order_A", "pay_1", TopUpChannel.VERIFY, null))
                .expectEvents(captured("order_A", 100_000, 100_000));
    }

    @Test
    void topUpIsCreditedOnceWhicheverChannelComesSecond() {
        fixture.given(opened(), order("order_A", 100_000), captured("order_A", 100_000, 100_000))
                .when(new CaptureTopUpCommand(WALLET, "order_A", "pay_1", TopUpChannel.WEBHOOK, Money.ofPaise(100_000)))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(repeatedReceipt(txn("topup:order_A")));
    }

    @Test
    void cannotCaptureAnAmountOtherThanTheOrders() {
        fixture.given(opened(), order("order_A", 100_000))
                .when(new CaptureTopUpCommand(WALLET, "order_A", "pay_1", TopUpChannel.VERIFY, Money.ofPaise(1)))
                .expectException(RejectedException.class)
                .expectNoEvents();
    }

    @Test
    void cannotCaptureAnUnknownOrder() {
        fixture.given(opened())
                .when(new CaptureTopUpCommand(WALLET, "order_X", "pay_1", TopUpChannel.WEBHOOK, null))
                .expectException(RejectedException.class)
                .expectExceptionMessage(Wallet.ORDER_NOT_FOUND);
    }

    @Test
    void pendingStepIsRecordedOnceAndOnlyForTheOrderAmount() {
        fixture.given(opened(), order("order_A", 50_000))
                .when(new MarkTopUpPendingCommand(WALLET, "order_A", Money.ofPaise(50_000)))
                .expectEvents(new TopUpPendingEvent(WALLET, "order_A", Money.ofPaise(50_000), txn("topup:order_A")));
        fixture.given(opened(), order("order_A", 50_000),
                        new TopUpPendingEvent(WALLET, "order_A", Money.ofPaise(50_000), txn("topup:order_A")))
                .when(new MarkTopUpPendingCommand(WALLET, "order_A", Money.ofPaise(50_000)))
                .expectNoEvents();
        fixture.given(opened(), order("order_A", 50_000))
                .when(new MarkTopUpPendingCommand(WALLET, "order_A", Money.ofPaise(40_000)))
                .expectException(RejectedException.class)
                .expectNoEvents();
    }

    @Test
    void debitMovesMoneyToTheCounterparty() {
        fixture.given(opened(), order("order_A", 100_000), captured("order_A", 100_000, 100_000))
                .when(new DebitWalletCommand(WALLET, Money.ofPaise(60_000), SHIFT, TransactionCategory.SHIFT_PAYMENT,
                        "shift:101:fund:1", "Shift funded"))
                .expectEvents(new WalletDebitedEvent(WALLET, HOSPITAL, Money.ofPaise(60_000), SHIFT,
                        TransactionCategory.SHIFT_PAYMENT, "shift:101:fund:1", txn("shift:101:fund:1"), "Shift funded",
                        Money.ofPaise(40_000), Money.ZERO));
    }

    @Test
    void cannotDebitBeyondAvailableBalance() {
        fixture.given(opened(), order("order_A", 10_000), captured("order_A", 10_000, 10_000))
                .when(new DebitWalletCommand(WALLET, Money.ofPaise(10_001), SHIFT, TransactionCategory.SHIFT_PAYMENT,
                        "shift:101:fund:1", "Shift funded"))
                .expectEventsMatching(exactSequenceOf(
                        messageWithPayload(equalTo(refused(10_001, "shift:101:fund:1", 10_000))), andNoMore()))
                .expectResultMessagePayloadMatching(matches(outcome -> outcome instanceof DebitOutcome.Refused));
    }

    @Test
    void insufficientBalanceCarriesTheRequiredAmountAndTheBalance() {
        fixture.given(opened(), order("order_A", 10_000), captured("order_A", 10_000, 10_000))
                .when(new DebitWalletCommand(WALLET, Money.ofPaise(25_000), SHIFT, TransactionCategory.SHIFT_PAYMENT,
                        "r", "d"))
                .expectResultMessagePayloadMatching(matches(outcome -> outcome instanceof DebitOutcome.Refused refusal
                        && refusal.required().equals(Money.ofPaise(25_000))
                        && refusal.balance().equals(Money.ofPaise(10_000))));
    }

    @Test
    void aRefusedDebitStaysRefusedWhenRepeatedEvenOnceTheWalletCouldPay() {
        fixture.given(opened(), order("order_A", 10_000), captured("order_A", 10_000, 10_000),
                        refused(25_000, "shift:101:fund:1", 10_000), order("order_B", 50_000),
                        captured("order_B", 50_000, 60_000))
                .when(new DebitWalletCommand(WALLET, Money.ofPaise(25_000), SHIFT, TransactionCategory.SHIFT_PAYMENT,
                        "shift:101:fund:1", "Shift funded"))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(matches(outcome -> outcome instanceof DebitOutcome.Refused refusal
                        && refusal.balance().equals(Money.ofPaise(10_000))));
    }

    @Test
    void repeatedReferenceMovesNothingTwice() {
        WalletDebitedEvent debited = new WalletDebitedEvent(WALLET, HOSPITAL, Money.ofPaise(60_000), SHIFT,
                TransactionCategory.SHIFT_PAYMENT, "shift:101:fund:1", txn("shift:101:fund:1"), "Shift funded",
                Money.ofPaise(40_000), Money.ZERO);
        fixture.given(opened(), order("order_A", 100_000), captured("order_A", 100_000, 100_000), debited)
                .when(new DebitWalletCommand(WALLET, Money.ofPaise(60_000), SHIFT, TransactionCategory.SHIFT_PAYMENT,
                        "shift:101:fund:1", "Shift funded"))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(repeatedReceipt(txn("shift:101:fund:1")));
    }

    @Test
    void creditIsIdempotentUnderItsReference() {
        WalletCreditedEvent credited = new WalletCreditedEvent(WALLET, HOSPITAL, Money.ofPaise(900), Account.refund("REF-0000000000A5"),
                TransactionCategory.REFUND, "refund:5:release", txn("refund:5:release"), "Refund released",
                Money.ofPaise(900), Money.ZERO);
        fixture.given(opened())
                .when(new CreditWalletCommand(WALLET, Money.ofPaise(900), Account.refund("REF-0000000000A5"), TransactionCategory.REFUND,
                        "refund:5:release", "Refund released"))
                .expectEvents(credited);
        fixture.given(opened(), credited)
                .when(new CreditWalletCommand(WALLET, Money.ofPaise(900), Account.refund("REF-0000000000A5"), TransactionCategory.REFUND,
                        "refund:5:release", "Refund released"))
                .expectNoEvents();
    }

    @Test
    void withdrawalReservesTheAmountSoItCannotBeSpentTwice() {
        WithdrawalRequestedEvent requested = new WithdrawalRequestedEvent(WALLET, HOSPITAL, 11, Money.ofPaise(80_000),
                PayoutMethod.UPI, UPI, null, "withdrawal:11", txn("withdrawal:11"), Money.ofPaise(20_000),
                Money.ofPaise(80_000));
        fixture.given(opened(), order("order_A", 100_000), captured("order_A", 100_000, 100_000))
                .when(new RequestWithdrawalCommand(WALLET, 11, Money.ofPaise(80_000), PayoutMethod.UPI, UPI,
                        "withdrawal:11"))
                .expectEvents(requested);
        fixture.given(opened(), order("order_A", 100_000), captured("order_A", 100_000, 100_000), requested)
                .when(new DebitWalletCommand(WALLET, Money.ofPaise(30_000), SHIFT, TransactionCategory.SHIFT_PAYMENT,
                        "shift:101:fund:1", "Shift funded"))
                .expectEventsMatching(exactSequenceOf(
                        messageWithPayload(equalTo(refused(30_000, "shift:101:fund:1", 20_000))), andNoMore()));
    }

    @Test
    void approvedWithdrawalIsPaidOutAndRejectedOneReturnsTheFunds() {
        WithdrawalRequestedEvent requested = new WithdrawalRequestedEvent(WALLET, HOSPITAL, 11, Money.ofPaise(80_000),
                PayoutMethod.UPI, UPI, null, "withdrawal:11", txn("withdrawal:11"), Money.ofPaise(20_000),
                Money.ofPaise(80_000));
        fixture.given(opened(), order("order_A", 100_000), captured("order_A", 100_000, 100_000), requested)
                .when(new ApproveWithdrawalCommand(WALLET, 11, "paid"))
                .expectEvents(new WithdrawalApprovedEvent(WALLET, HOSPITAL, 11, Money.ofPaise(80_000), "paid",
                        txn("withdrawal:11"), Money.ofPaise(20_000), Money.ZERO));
        fixture.given(opened(), order("order_A", 100_000), captured("order_A", 100_000, 100_000), requested)
                .when(new RejectWithdrawalCommand(WALLET, 11, "wrong account"))
                .expectEvents(new WithdrawalRejectedEvent(WALLET, HOSPITAL, 11, Money.ofPaise(80_000), "wrong account",
                        txn("withdrawal:11"), txn("withdrawal:11:returned"), Money.ofPaise(100_000), Money.ZERO));
    }

    @Test
    void aProcessedWithdrawalCannotBeProcessedTheOtherWay() {
        WithdrawalRequestedEvent requested = new WithdrawalRequestedEvent(WALLET, HOSPITAL, 11, Money.ofPaise(80_000),
                PayoutMethod.UPI, UPI, null, "withdrawal:11", txn("withdrawal:11"), Money.ofPaise(20_000),
                Money.ofPaise(80_000));
        WithdrawalApprovedEvent approved = new WithdrawalApprovedEvent(WALLET, HOSPITAL, 11, Money.ofPaise(80_000),
                "paid", txn("withdrawal:11"), Money.ofPaise(20_000), Money.ZERO);
        fixture.given(opened(), order("order_A", 100_000), captured("order_A", 100_000, 100_000), requested, approved)
                .when(new RejectWithdrawalCommand(WALLET, 11, "too late"))
                .expectException(RejectedException.class)
                .expectExceptionMessage(Wallet.WITHDRAWAL_ALREADY_PROCESSED);
        fixture.given(opened(), order("order_A", 100_000), captured("order_A", 100_000, 100_000), requested, approved)
                .when(new ApproveWithdrawalCommand(WALLET, 11, "paid"))
                .expectNoEvents();
    }

    @Test
    void orderIdsAreUniqueWithinAWallet() {
        fixture.given(opened(), order("order_A", 100_000))
                .when(new CreateTopUpOrderCommand(WALLET, "order_A", Money.ofPaise(5)))
                .expectException(RejectedException.class);
    }
}
