package com.shiftledger.api.shift;

/** The shift's scheduled end passed: no more applications or positions; it settles once its work is done. */
public record ShiftEndedEvent(ShiftId shiftId) {
}
