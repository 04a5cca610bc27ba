package com.shiftledger.api.referral;

import com.shiftledger.api.money.Coins;

import java.math.BigDecimal;

/**
 * The referral settings in force: the coins the referrer and the new user get for a referral, and what one coin is
 * worth in rupees when it is redeemed. Kept by {@link ReferralSettingsChangedEvent}; before the first change the
 * seed's values ({@link #DEFAULTS}) are in force.
 */
public record ReferralTerms(Coins referralBonus, Coins refereeBonus, BigDecimal coinExchangeRate) {

    /** The seed's example: 50 coins to the referrer, 25 to the new user, one rupee a coin. */
    public static final ReferralTerms DEFAULTS = new ReferralTerms(Coins.of(50), Coins.of(25), new BigDecimal("1.0"));

    public ReferralTerms {
        if (referralBonus == null || refereeBonus == null || coinExchangeRate == null) {
            throw new IllegalArgumentException("Referral terms need both bonuses and an exchange rate");
        }
        if (coinExchangeRate.signum() <= 0) {
            throw new IllegalArgumentException("A coin is worth more than nothing, not " + coinExchangeRate);
        }
    }

    /** Whether the two say the same (an exchange rate of 1.0 is the same as 1). */
    public boolean sameAs(ReferralTerms other) {
        return referralBonus.equals(other.referralBonus) && refereeBonus.equals(other.refereeBonus)
                && coinExchangeRate.compareTo(other.coinExchangeRate) == 0;
    }
}
