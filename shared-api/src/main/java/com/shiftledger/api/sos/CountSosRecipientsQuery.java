package com.shiftledger.api.sos;

import com.shiftledger.api.shift.GeoPoint;
import com.shiftledger.api.shift.ProfessionType;

/**
 * Asks how many professionals of a profession an SOS reaches: those whose location is within {@code radiusKm} of
 * the hospital's {@code location} (every active professional of the profession when the hospital's location is not
 * known). Answered with a {@code Long}.
 */
public record CountSosRecipientsQuery(ProfessionType professionType, GeoPoint location, int radiusKm) {
}
