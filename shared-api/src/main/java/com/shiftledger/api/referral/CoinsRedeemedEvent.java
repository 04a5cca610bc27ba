package com.shiftledger.api.referral;

import com.shiftledger.api.money.Account;
import com.shiftledger.api.money.CoinPosting;
import com.shiftledger.api.money.Coins;
import com.shiftledger.api.money.Money;
import com.shiftledger.api.money.MoneyMovement;
import com.shiftledger.api.money.Posting;
import com.shiftledger.api.wallet.WalletId;

import java.math.BigDecimal;
import java.util.List;

/**
 * Coins were redeemed into the wallet, both halves in this one event: the coins go back to the platform
 * ({@code coins:{user} → coins:platform}) and their worth, half-up to the paisa, comes into the wallet from the
 * platform's referral funds ({@code platform:referrals → hospital:{h}} or {@code professional:{p}}); see
 * {@link RedeemCoinsCommand}.
 */
public record CoinsRedeemedEvent(WalletId walletId, Account account, Account coinAccount, Coins coins,
                                 BigDecimal coinExchangeRate, Money amount, String reference, String transactionId,
                                 Money balanceAfter, Money reservedAfter, Coins coinsAfter) implements MoneyMovement {

    @Override
    public List<Posting> postings() {
        return List.of(new Posting(Account.PLATFORM_REFERRALS, account, amount));
    }

    @Override
    public List<CoinPosting> coinPostings() {
        return List.of(new CoinPosting(coinAccount, Account.COINS_PLATFORM, coins));
    }
}
