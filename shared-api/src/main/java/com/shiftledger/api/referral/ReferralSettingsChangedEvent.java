package com.shiftledger.api.referral;

import java.time.Instant;

/**
 * The referral terms changed from {@code previous} to {@code terms}, by the admin named; see
 * {@link ChangeReferralSettingsCommand}.
 */
public record ReferralSettingsChangedEvent(String settingsId, ReferralTerms previous, ReferralTerms terms,
                                           long changedByUserId, String changedByName, Instant changedAt) {
}
