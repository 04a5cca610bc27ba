package com.shiftledger.api.referral;

import com.shiftledger.api.wallet.WalletId;

/**
 * The user a referral code belongs to, with their wallet (which holds their coins), whether they are a verified
 * user (an active account), and who referred them (null when no one did); see {@link FindReferrerQuery}.
 */
public record Referrer(long userId, String referralCode, WalletId walletId, boolean verified,
                       Long referredByUserId) {
}
