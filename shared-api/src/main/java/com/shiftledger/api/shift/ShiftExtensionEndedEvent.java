package com.shiftledger.api.shift;

/**
 * The last day of an accepted extension has ended: its {@code unworkedDays} (never checked in) are closed, and their
 * escrow is refunded when the shift settles ({@link ShiftEscrowReleasedEvent}).
 */
public record ShiftExtensionEndedEvent(ShiftId shiftId, long extensionId, int unworkedDays) {
}
