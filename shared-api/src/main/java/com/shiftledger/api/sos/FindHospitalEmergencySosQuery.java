package com.shiftledger.api.sos;

/** Asks for one page of a hospital's SOS requests, newest first; answered with an {@link EmergencySosPage}. */
public record FindHospitalEmergencySosQuery(long hospitalId, int page, int perPage) {
}
