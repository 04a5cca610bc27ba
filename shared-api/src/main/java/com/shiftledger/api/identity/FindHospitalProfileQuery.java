package com.shiftledger.api.identity;

/** Asks for a hospital's {@link HospitalProfileView}; answered with null when there is no such hospital. */
public record FindHospitalProfileQuery(long hospitalId) {
}
