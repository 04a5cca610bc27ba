package com.shiftledger.api.subscription;

import com.shiftledger.api.rejection.InvalidIdentifierException;

/** Identifies a hospital's {@code HospitalSubscription}: one per hospital, named by the hospital's id. */
public record HospitalSubscriptionId(long hospitalId) {

    public HospitalSubscriptionId {
        if (hospitalId <= 0) {
            throw new InvalidIdentifierException("A hospital id is a positive number, not " + hospitalId);
        }
    }

    /** The aggregate identifier in the event store, unique across aggregate types. */
    @Override
    public String toString() {
        return "subscription-hospital-" + hospitalId;
    }
}
