package com.shiftledger.api.shift;

/** A draft that could not be funded when it was created was discarded; read models forget it. */
public record ShiftDiscardedEvent(ShiftId shiftId) {
}
