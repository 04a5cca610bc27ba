package com.shiftledger.api.referral;

import com.shiftledger.api.money.Coins;
import com.shiftledger.api.wallet.WalletId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The new user (the referee, whose wallet this is) was referred by the owner of {@code referralCode}: the referee's
 * wallet records it once, refusing a second referral, a referral by oneself and one by the user the referee referred
 * ({@code referrerReferredByUserId}, as the read side knows it), and takes {@code refereeBonus} coins;
 * the referrer's {@code referralBonus} follows ({@link ReferralRecordedEvent}, {@link CreditReferralBonusCommand}).
 */
public record RecordReferralCommand(@TargetAggregateIdentifier WalletId walletId, long refereeUserId,
                                    long referrerUserId, WalletId referrerWalletId, String referralCode,
                                    Coins refereeBonus, Coins referralBonus, Long referrerReferredByUserId) {
}
