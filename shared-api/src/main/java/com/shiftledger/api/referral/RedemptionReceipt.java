package com.shiftledger.api.referral;

import com.shiftledger.api.money.Coins;
import com.shiftledger.api.money.Money;
import com.shiftledger.api.wallet.WalletId;

import java.math.BigDecimal;

/**
 * What a redemption answers ({@link RedeemCoinsCommand}): the coins redeemed, at which rate, and the rupees they became, the
 * wallet's transaction, the balances right after it, whether it was recorded already for the same reference
 * ({@code repeated}), and the wallet's version after it.
 */
public record RedemptionReceipt(WalletId walletId, String transactionId, Coins coins, BigDecimal coinExchangeRate,
                                Money amount, Money balanceAfter, Money reservedAfter, Coins coinsAfter, boolean repeated,
                                long walletVersion) {
}
