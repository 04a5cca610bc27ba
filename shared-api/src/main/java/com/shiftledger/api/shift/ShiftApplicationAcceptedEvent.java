package com.shiftledger.api.shift;

/** The hospital accepted an application: the professional holds one of the shift's positions. */
public record ShiftApplicationAcceptedEvent(ShiftId shiftId, long applicationId, long professionalId) {
}
