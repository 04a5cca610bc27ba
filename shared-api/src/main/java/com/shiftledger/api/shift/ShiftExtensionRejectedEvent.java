package com.shiftledger.api.shift;

/** The side that did not ask rejected a pending extension ({@link ShiftExtensionRequestedEvent}); nothing moved. */
public record ShiftExtensionRejectedEvent(ShiftId shiftId, long extensionId, long applicationId, long hospitalId,
                                          long professionalId, ExtensionSide decidedBy) {
}
