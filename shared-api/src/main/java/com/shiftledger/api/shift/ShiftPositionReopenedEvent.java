package com.shiftledger.api.shift;

/**
 * On a partner's shift, the accepted professional withdrew or was a no-show: their position is open again for
 * the next professional who applies (the partner is told the shift is released).
 */
public record ShiftPositionReopenedEvent(ShiftId shiftId, long applicationId, long professionalId,
                                         ReopenReason reason) {
}
