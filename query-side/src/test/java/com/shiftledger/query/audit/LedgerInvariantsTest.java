package com.shiftledger.query.audit;

import com.shiftledger.api.ledger.AuditReport;
import com.shiftledger.api.money.Account;
import com.shiftledger.api.money.Coins;
import com.shiftledger.api.money.Money;
import com.shiftledger.api.money.TransactionCategory;
import com.shiftledger.api.referral.CoinsRedeemedEvent;
import com.shiftledger.api.referral.ReferralRecordedEvent;
import com.shiftledger.api.wallet.OwnerType;
import com.shiftledger.api.wallet.TopUpCapturedEvent;
import com.shiftledger.api.wallet.TopUpChannel;
import com.shiftledger.api.wallet.WalletDebitedEvent;
import com.shiftledger.api.wallet.WalletId;
import com.shiftledger.api.wallet.WalletOpenedEvent;
import com.shiftledger.api.wallet.WalletView;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The invariants over a scripted history: what each finds, and that a clean history finds nothing. */
class LedgerInvariantsTest {

    private static final WalletId WALLET = new WalletId(7);
    private static final Account HOSPITAL = Account.hospital(3);

    private final List<AuditReport.Violation> found = new ArrayList<>();
    private final LedgerInvariants invariants = new LedgerInvariants(found::add);
    private long position;

    @Test
    void aCleanHistoryHasNoViolation() {
        apply(opened());
        apply(topUp(100_000));
        apply(debit(40_000));
        invariants.compareWith(List.of(shown(60_000)), id -> true);

        assertThat(found).isEmpty();
        assertThat(invariants.eventsChecked()).isEqualTo(3);
    }

    @Test
    void aWalletDebitedBelowZeroIsAnOverdraft() {
        apply(opened());
        apply(topUp(10_000));
        apply(debit(25_000));

        assertThat(found).singleElement().satisfies(violation -> {
            assertThat(violation.invariant()).isEqualTo(LedgerInvariants.NO_OVERDRAFT);
            assertThat(violation.account()).isEqualTo(HOSPITAL.name());
            assertThat(violation.globalIndex()).isEqualTo(2);
            assertThat(violation.eventType()).isEqualTo("WalletDebitedEvent");
        });
    }

    @Test
    void aReadSideThatDiffersFromTheReplayIsReportedOnceConfirmed() {
        apply(opened());
        apply(topUp(100_000));

        invariants.compareWith(List.of(shown(90_000)), id -> false);
        assertThat(found).as("a difference the recheck does not confirm").isEmpty();

        invariants.compareWith(List.of(shown(90_000)), id -> true);
        assertThat(found).singleElement().satisfies(violation -> {
            assertThat(violation.invariant()).isEqualTo(LedgerInvariants.REPLAY);
            assertThat(violation.detail()).contains("replays to 100000 paise but the read side shows 90000 paise");
        });
    }

    @Test
    void aWalletOnlyOnTheReadSideIsReported() {
        invariants.compareWith(List.of(shown(0)), id -> true);

        assertThat(found).singleElement().extracting(AuditReport.Violation::detail)
                .isEqualTo("Wallet 7 is on the read side but has no events");
    }

    @Test
    void coinsAndTheirRupeesBalanceEachInTheirOwnUnit() {
        apply(opened());
        apply(referred(25));
        apply(redeemed(10, 1_000, 15));
        invariants.compareWith(List.of(new WalletView(WALLET.value(), "hospital", 3, Money.ofPaise(1_000),
                Money.ZERO, Money.ZERO, "INR", 15)), id -> true);

        assertThat(found).isEmpty();
        assertThat(invariants.balanceOf(Account.COINS_PLATFORM)).isEqualTo(-15);
        assertThat(invariants.balanceOf(Account.coins(21))).isEqualTo(15);
        assertThat(invariants.balanceOf(Account.PLATFORM_REFERRALS)).isEqualTo(-1_000);
        assertThat(invariants.balanceOf(HOSPITAL)).isEqualTo(1_000);
    }

    @Test
    void aReadSideShowingOtherCoinsIsReported() {
        apply(opened());
        apply(referred(25));
        invariants.compareWith(List.of(new WalletView(WALLET.value(), "hospital", 3, Money.ZERO, Money.ZERO,
                Money.ZERO, "INR", 20)), id -> true);

        assertThat(found).singleElement().satisfies(violation -> {
            assertThat(violation.invariant()).isEqualTo(LedgerInvariants.REPLAY);
            assertThat(violation.account()).isEqualTo("coins:21");
            assertThat(violation.detail()).isEqualTo("Wallet 7 replays to 25 coins but the read side shows 20 coins");
        });
    }

    @Test
    void aUsersCoinsBelowZeroAreAnOverdraft() {
        apply(opened());
        apply(referred(5));
        apply(redeemed(10, 1_000, 0));

        assertThat(found).singleElement().satisfies(violation -> {
            assertThat(violation.invariant()).isEqualTo(LedgerInvariants.NO_OVERDRAFT);
            assertThat(violation.account()).isEqualTo("coins:21");
            assertThat(violation.detail()).isEqualTo("The balance of coins:21 went to -5 coins");
        });
    }

    private static ReferralRecordedEvent referred(long coins) {
        return new ReferralRecordedEvent(WALLET, 21, 22, new WalletId(8), "ABCDEFGH", Coins.of(coins), Coins.of(50),
                Coins.of(coins));
    }

    private static CoinsRedeemedEvent redeemed(long coins, long paise, long coinsAfter) {
        return new CoinsRedeemedEvent(WALLET, HOSPITAL, Account.coins(21), Coins.of(coins), BigDecimal.ONE,
                Money.ofPaise(paise), "redeem:1", "TXN-R1", Money.ofPaise(paise), Money.ZERO, Coins.of(coinsAfter));
    }

    private void apply(Object payload) {
        TrackedEventMessage<?> message = new GenericTrackedEventMessage<>(new GlobalSequenceTrackingToken(position++),
                GenericEventMessage.asEventMessage(payload));
        invariants.apply(message);
    }

    private static WalletOpenedEvent opened() {
        return new WalletOpenedEvent(WALLET, OwnerType.HOSPITAL, 3, "City Hospital", HOSPITAL);
    }

    private static TopUpCapturedEvent topUp(long paise) {
        return new TopUpCapturedEvent(WALLET, HOSPITAL, "order_" + paise, "pay_" + paise, Money.ofPaise(paise),
                TopUpChannel.VERIFY, "TXN-" + paise, Money.ZERO, Money.ZERO);
    }

    private static WalletDebitedEvent debit(long paise) {
        return new WalletDebitedEvent(WALLET, HOSPITAL, Money.ofPaise(paise), Account.shift(11),
                TransactionCategory.SHIFT_PAYMENT, "shift:11:fund:1", "TXN-D" + paise, "Shift #11", Money.ZERO,
                Money.ZERO);
    }

    private static WalletView shown(long paise) {
        return new WalletView(WALLET.value(), "hospital", 3, Money.ofPaise(paise), Money.ZERO, Money.ZERO, "INR", 0);
    }
}
