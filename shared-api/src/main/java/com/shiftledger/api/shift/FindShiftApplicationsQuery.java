package com.shiftledger.api.shift;

/** Asks for every application of one shift, newest first; answered with an {@link ApplicationList}. */
public record FindShiftApplicationsQuery(long shiftId) {
}
