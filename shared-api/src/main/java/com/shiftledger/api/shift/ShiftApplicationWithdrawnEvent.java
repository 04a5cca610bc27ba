package com.shiftledger.api.shift;

/** A professional withdrew their pending application. */
public record ShiftApplicationWithdrawnEvent(ShiftId shiftId, long applicationId, long professionalId) {
}
