package com.shiftledger.api.referral;

/** Asks whose referral code this is; answered with a {@link Referrer}, or null when no user has it. */
public record FindReferrerQuery(String referralCode) {
}
