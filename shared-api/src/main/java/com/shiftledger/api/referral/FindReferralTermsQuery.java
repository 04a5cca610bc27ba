package com.shiftledger.api.referral;

/** Asks for the referral terms in force; answered with {@link ReferralTerms}. */
public record FindReferralTermsQuery() {
}
