package com.shiftledger.api.shift;

/** A shift was cancelled; its open applications end with it. */
public record ShiftCancelledEvent(ShiftId shiftId, String reason) {
}
