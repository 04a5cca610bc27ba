package com.shiftledger.api.referral;

import com.shiftledger.api.money.Coins;
import com.shiftledger.api.wallet.WalletId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;

/**
 * The wallet's user turns {@code coins} of their coins into rupees in the wallet at {@code coinExchangeRate} rupees a
 * coin; refused when they hold fewer, and a repeated {@code reference} moves nothing again. Answered with a
 * {@link RedemptionReceipt}; recorded as {@link CoinsRedeemedEvent}.
 */
public record RedeemCoinsCommand(@TargetAggregateIdentifier WalletId walletId, long userId, Coins coins,
                                 BigDecimal coinExchangeRate, String reference) {
}
