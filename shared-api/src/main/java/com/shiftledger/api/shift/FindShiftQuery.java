package com.shiftledger.api.shift;

/** Asks for one shift; answered with a {@link ShiftView}, or none when there is no such shift. */
public record FindShiftQuery(long shiftId) {
}
