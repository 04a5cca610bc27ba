package com.shiftledger.api.shift;

/** Asks for one shift extension: answered with its {@link ShiftExtensionView}, null when there is none. */
public record FindShiftExtensionQuery(long extensionId) {
}
