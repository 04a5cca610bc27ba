package com.shiftledger.api.sos;

import com.shiftledger.api.money.Money;

import java.time.Instant;

/**
 * What an application to a shift with an Emergency SOS carries: the SOS, its tier and deadline, and whether the
 * application came while the SOS was sent and before its deadline ({@code eligible}), earning {@code extraPay} on top
 * of the shift's pay once the work is completed.
 */
public record SosEligibility(SosId sosId, String urgencyTier, Instant urgencyDeadline, Money extraPay,
                             boolean eligible) {
}
