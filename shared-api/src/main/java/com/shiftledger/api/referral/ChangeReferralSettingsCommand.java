package com.shiftledger.api.referral;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * An admin sets the referral terms: the bonuses and the coin exchange rate that referrals and redemptions from now on
 * take on. Answered with the terms in force; recorded as {@link ReferralSettingsChangedEvent} when they change.
 */
public record ChangeReferralSettingsCommand(@TargetAggregateIdentifier String settingsId, ReferralTerms terms,
                                            long adminUserId, String adminName, Instant at) {

    /** The one referral settings aggregate. */
    public static final String REFERRALS = "referral-settings";
}
