package com.shiftledger.api.shift;

import java.time.Instant;

/**
 * How many shifts the hospital created from {@code from} on, drafts and cancelled ones included (what a plan's
 * monthly shift limit counts); answered with a {@code Long}.
 */
public record CountHospitalShiftsCreatedQuery(long hospitalId, Instant from) {
}
