package com.shiftledger.api.referral;

import com.shiftledger.api.money.Account;
import com.shiftledger.api.money.CoinPosting;
import com.shiftledger.api.money.Coins;
import com.shiftledger.api.money.MoneyMovement;
import com.shiftledger.api.money.Posting;
import com.shiftledger.api.wallet.WalletId;

import java.util.List;

/**
 * The referee's wallet recorded who referred its user and paid the referee's bonus ({@code coins:platform →
 * coins:{referee}}); the referrer's bonus is paid to the referrer's wallet under {@link #referrerBonusReference()}
 * ({@link CreditReferralBonusCommand}), once.
 */
public record ReferralRecordedEvent(WalletId walletId, long refereeUserId, long referrerUserId,
                                    WalletId referrerWalletId, String referralCode, Coins refereeBonus,
                                    Coins referralBonus, Coins coinsAfter) implements MoneyMovement {

    @Override
    public List<Posting> postings() {
        return List.of();
    }

    @Override
    public List<CoinPosting> coinPostings() {
        return refereeBonus.isPositive()
                ? List.of(new CoinPosting(Account.COINS_PLATFORM, Account.coins(refereeUserId), refereeBonus))
                : List.of();
    }

    /** The one reference the referrer's bonus for this referee is paid under: one user is referred once. */
    public String referrerBonusReference() {
        return "referral:" + refereeUserId;
    }
}
