package com.shiftledger.api.sos;

import java.time.Instant;

/**
 * How many SOS requests the hospital raised from {@code from} on that were not abandoned for want of balance
 * (what a plan's monthly SOS limit counts); answered with a {@code Long}.
 */
public record CountHospitalSosQuery(long hospitalId, Instant from) {
}
