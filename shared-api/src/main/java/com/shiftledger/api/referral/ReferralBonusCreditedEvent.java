package com.shiftledger.api.referral;

import com.shiftledger.api.money.Account;
import com.shiftledger.api.money.CoinPosting;
import com.shiftledger.api.money.Coins;
import com.shiftledger.api.money.MoneyMovement;
import com.shiftledger.api.money.Posting;
import com.shiftledger.api.wallet.WalletId;

import java.util.List;

/** The referrer's bonus for a referral: {@code coins:platform → coins:{referrer}}; see {@link CreditReferralBonusCommand}. */
public record ReferralBonusCreditedEvent(WalletId walletId, Account coinAccount, long refereeUserId, Coins coins,
                                         String reference, Coins coinsAfter) implements MoneyMovement {

    @Override
    public List<Posting> postings() {
        return List.of();
    }

    @Override
    public List<CoinPosting> coinPostings() {
        return List.of(new CoinPosting(Account.COINS_PLATFORM, coinAccount, coins));
    }
}
