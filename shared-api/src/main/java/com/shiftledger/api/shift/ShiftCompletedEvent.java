package com.shiftledger.api.shift;

/** Every position of the shift is completed, a no-show or was never filled: the shift is settled. */
public record ShiftCompletedEvent(ShiftId shiftId) {
}
