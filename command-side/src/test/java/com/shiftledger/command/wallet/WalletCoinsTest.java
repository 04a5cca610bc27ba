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
import com.shiftledger.api.wallet.OwnerType;
import com.shiftledger.api.wallet.WalletId;
import com.shiftledger.api.wallet.WalletOpenedEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.axonframework.test.matchers.Matchers.matches;

/** The referral coins a wallet holds for its user: referred once, bonuses once, redeemed only when held. */
class WalletCoinsTest {

    private static final WalletId WALLET = new WalletId(7);
    private static final WalletId REFERRER_WALLET = new WalletId(8);
    private static final long USER = 21;
    private static final long REFERRER = 22;
    private static final Account HOSPITAL = Account.hospital(3);
    private static final Account USER_COINS = Account.coins(USER);
    private static final BigDecimal ONE_RUPEE = new BigDecimal("1.0");

    private FixtureConfiguration<Wallet> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Wallet.class);
    }

    private static WalletOpenedEvent opened() {
        return new WalletOpenedEvent(WALLET, OwnerType.HOSPITAL, 3, "City Hospital", HOSPITAL);
    }

    private static RecordReferralCommand referral(long referrer) {
        return new RecordReferralCommand(WALLET, USER, referrer, REFERRER_WALLET, "ABCDEFGH", Coins.of(25),
                Coins.of(50), null);
    }

    private static ReferralRecordedEvent referred() {
        return new ReferralRecordedEvent(WALLET, USER, REFERRER, REFERRER_WALLET, "ABCDEFGH", Coins.of(25),
                Coins.of(50), Coins.of(25));
    }

    private static CoinsRedeemedEvent redeemed(long coins, BigDecimal rate, long paise, String reference,
                                               long coinsAfter) {
        return new CoinsRedeemedEvent(WALLET, HOSPITAL, USER_COINS, Coins.of(coins), rate, Money.ofPaise(paise),
                reference, TransactionId.of(WALLET.toString(), reference), Money.ofPaise(paise), Money.ZERO,
                Coins.of(coinsAfter));
    }

    @Test
    void aReferralPaysTheRefereeBonusAndNamesTheReferrer() {
        fixture.given(opened())
                .when(referral(REFERRER))
                .expectEvents(referred())
                .expectResultMessagePayloadMatching(matches(answer -> answer instanceof CoinsReceipt receipt
                        && receipt.coins().equals(Coins.of(25))));
    }

    @Test
    void cannotBeReferredByOneself() {
        fixture.given(opened())
                .when(referral(USER))
                .expectException(RejectedException.class)
                .expectExceptionMessage(Wallet.SELF_REFERRAL)
                .expectNoEvents();
    }

    @Test
    void cannotBeReferredByAUserOneReferred() {
        fixture.given(opened())
                .when(new RecordReferralCommand(WALLET, USER, REFERRER, REFERRER_WALLET, "ABCDEFGH", Coins.of(25),
                        Coins.of(50), USER))
                .expectException(RejectedException.class)
                .expectExceptionMessage(Wallet.CIRCULAR_REFERRAL)
                .expectNoEvents();
    }

    @Test
    void aSecondReferralOfTheSameUserIsRefused() {
        fixture.given(opened(), referred())
                .when(referral(99))
                .expectException(RejectedException.class)
                .expectExceptionMessage(Wallet.ALREADY_REFERRED)
                .expectNoEvents();
    }

    @Test
    void theSameReferralAgainPaysNothingMore() {
        fixture.given(opened(), referred())
                .when(referral(REFERRER))
                .expectNoEvents()
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void theReferrersBonusIsPaidOncePerReference() {
        ReferralBonusCreditedEvent credited = new ReferralBonusCreditedEvent(WALLET, USER_COINS, 40, Coins.of(50),
                "referral:40", Coins.of(50));
        CreditReferralBonusCommand bonus = new CreditReferralBonusCommand(WALLET, USER, 40, Coins.of(50),
                "referral:40");
        fixture.given(opened())
                .when(bonus)
                .expectEvents(credited);
        fixture.given(opened(), credited)
                .when(bonus)
                .expectNoEvents();
    }

    @Test
    void redeemingMovesTheCoinsBackAndCreditsTheirWorthHalfUpInOneEvent() {
        // 7 coins at ₹0.125 are ₹0.875: 87.5 paise, half-up 88
        BigDecimal rate = new BigDecimal("0.125");
        fixture.given(opened(), referred())
                .when(new RedeemCoinsCommand(WALLET, USER, Coins.of(7), rate, "redeem:1"))
                .expectEvents(redeemed(7, rate, 88, "redeem:1", 18))
                .expectResultMessagePayloadMatching(matches(answer -> answer instanceof RedemptionReceipt receipt
                        && !receipt.repeated() && receipt.amount().equals(Money.ofPaise(88))));
    }

    @Test
    void cannotRedeemMoreCoinsThanHeld() {
        fixture.given(opened(), referred())
                .when(new RedeemCoinsCommand(WALLET, USER, Coins.of(26), ONE_RUPEE, "redeem:1"))
                .expectException(RejectedException.class)
                .expectExceptionMessage(Wallet.NOT_ENOUGH_COINS.formatted(25))
                .expectNoEvents();
    }

    @Test
    void theSameRedemptionAgainMovesNothing() {
        fixture.given(opened(), referred(), redeemed(10, ONE_RUPEE, 1000, "redeem:1", 15))
                .when(new RedeemCoinsCommand(WALLET, USER, Coins.of(10), ONE_RUPEE, "redeem:1"))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(matches(answer -> answer instanceof RedemptionReceipt receipt
                        && receipt.repeated() && receipt.coinsAfter().equals(Coins.of(15))));
    }

    @Test
    void aReferenceReusedForOtherCoinsIsRefused() {
        fixture.given(opened(), referred(), redeemed(10, ONE_RUPEE, 1000, "redeem:1", 15))
                .when(new RedeemCoinsCommand(WALLET, USER, Coins.of(5), ONE_RUPEE, "redeem:1"))
                .expectException(RejectedException.class)
                .expectNoEvents();
    }

    @Test
    void coinsWorthLessThanAPaisaAreNotRedeemed() {
        fixture.given(opened(), referred())
                .when(new RedeemCoinsCommand(WALLET, USER, Coins.of(1), new BigDecimal("0.0001"), "redeem:1"))
                .expectException(RejectedException.class)
                .expectExceptionMessage(Wallet.COINS_WORTH_NOTHING)
                .expectNoEvents();
    }

    @Test
    void aWalletHoldsTheCoinsOfItsOwnUserOnly() {
        fixture.given(opened(), referred())
                .when(new RedeemCoinsCommand(WALLET, 99, Coins.of(1), ONE_RUPEE, "redeem:1"))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }
}
