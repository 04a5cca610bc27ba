package com.shiftledger.api.referral;

import com.shiftledger.api.money.Coins;
import com.shiftledger.api.wallet.WalletId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Pays the referrer's bonus into the wallet of the referrer ({@code userId}) for referring {@code refereeUserId}; a
 * repeated {@code reference} pays nothing again. See {@link ReferralBonusCreditedEvent}.
 */
public record CreditReferralBonusCommand(@TargetAggregateIdentifier WalletId walletId, long userId,
                                         long refereeUserId, Coins coins, String reference) {
}
