package com.shiftledger.api.subscription;

/** The hospital's latest paid subscription; answered with a {@link HospitalSubscriptionView} or nothing. */
public record FindHospitalSubscriptionQuery(long hospitalId) {
}
