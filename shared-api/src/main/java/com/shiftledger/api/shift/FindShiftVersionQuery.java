package com.shiftledger.api.shift;

/**
 * Asks how far the read side has projected a shift: answered with the version (sequence number) of the shift's
 * last projected event, -1 before its first; as a subscription query, updated each time the read side projects
 * another of its events.
 */
public record FindShiftVersionQuery(ShiftId shiftId) {
}
