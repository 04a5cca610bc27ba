package com.shiftledger.command.shift;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.platform.SosTier;
import com.shiftledger.api.sos.SosEligibility;
import com.shiftledger.api.sos.SosId;

import java.time.Instant;

/**
 * The Emergency SOS a shift raised, as the shift knows it: pending until it is funded, then sent until its
 * deadline, or fulfilled once every position is filled. A value: every change gives a new one.
 */
record ShiftSos(SosId sosId, SosTier tier, Money extraPay, Instant deadline, Phase phase) {

    enum Phase { PENDING, SENT, FULFILLED }

    /** Pending, or sent and before its deadline: the shift takes no second SOS. */
    boolean isActiveAt(Instant at) {
        return phase == Phase.PENDING || (phase == Phase.SENT && !at.isAfter(deadline));
    }

    /** Sent and before its deadline: an application now earns the extra pay. */
    boolean acceptsEligibleApplicationsAt(Instant at) {
        return phase == Phase.SENT && !at.isAfter(deadline);
    }

    boolean is(SosId other) {
        return sosId.equals(other);
    }

    boolean isPending() {
        return phase == Phase.PENDING;
    }

    /** What an application made at {@code at} carries; null while the SOS is not sent yet. */
    SosEligibility eligibilityAt(Instant at) {
        if (phase == Phase.PENDING) {
            return null;
        }
        return new SosEligibility(sosId, tier.key(), deadline, extraPay, acceptsEligibleApplicationsAt(at));
    }

    ShiftSos in(Phase newPhase) {
        return new ShiftSos(sosId, tier, extraPay, deadline, newPhase);
    }
}
