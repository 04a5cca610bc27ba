package com.shiftledger.api.money;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Coins are whole, never negative, move only between coin accounts, and are worth rupees only when redeemed. */
class CoinsTest {

    @Test
    void coinsAreNeverNegative() {
        assertThatThrownBy(() -> Coins.of(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Coins.of(3).minus(Coins.of(4))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void coinsAreWorthTheRateHalfUpToThePaisa() {
        assertThat(Coins.of(7).worth(new BigDecimal("0.125"))).isEqualTo(Money.ofPaise(88));
        assertThat(Coins.of(25).worth(new BigDecimal("0.125"))).isEqualTo(Money.ofPaise(313));
        assertThat(Coins.of(3).worth(new BigDecimal("0.0033"))).isEqualTo(Money.ofPaise(1));
        assertThat(Coins.of(1).worth(new BigDecimal("0.0049"))).isEqualTo(Money.ZERO);
        assertThat(Coins.of(50).worth(new BigDecimal("1.0"))).isEqualTo(Money.ofRupees(50));
    }

    @Test
    void coinsMoveOnlyBetweenCoinAccounts() {
        CoinPosting bonus = new CoinPosting(Account.COINS_PLATFORM, Account.coins(4), Coins.of(25));
        assertThat(bonus.to().holdsCoins()).isTrue();
        assertThatThrownBy(() -> new CoinPosting(Account.coins(4), Account.hospital(4), Coins.of(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CoinPosting(Account.coins(4), Account.coins(4), Coins.of(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CoinPosting(Account.COINS_PLATFORM, Account.coins(4), Coins.NONE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rupeesNeverMoveToOrFromACoinAccount() {
        assertThatThrownBy(() -> new Posting(Account.PLATFORM_REFERRALS, Account.coins(4), Money.ofRupees(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new Posting(Account.PLATFORM_REFERRALS, Account.hospital(4), Money.ofRupees(1)).amount())
                .isEqualTo(Money.ofRupees(1));
    }

    @Test
    void onlyTheIssuingAndFundingAccountsMayGoNegativeBesideTheClearingOnes() {
        assertThat(Account.COINS_PLATFORM.mayGoNegative()).isTrue();
        assertThat(Account.PLATFORM_REFERRALS.mayGoNegative()).isTrue();
        assertThat(Account.GATEWAY_RAZORPAY.mayGoNegative()).isTrue();
        assertThat(Account.coins(4).mayGoNegative()).isFalse();
        assertThat(Account.PLATFORM_REVENUE.mayGoNegative()).isFalse();
        assertThat(Account.hospital(4).mayGoNegative()).isFalse();
        assertThatThrownBy(() -> new Account("coins:0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Account("coins:bank")).isInstanceOf(IllegalArgumentException.class);
    }
}
