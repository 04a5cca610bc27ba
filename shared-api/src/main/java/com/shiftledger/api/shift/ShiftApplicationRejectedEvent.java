package com.shiftledger.api.shift;

/** The hospital rejected an application. */
public record ShiftApplicationRejectedEvent(ShiftId shiftId, long applicationId, long professionalId) {
}
