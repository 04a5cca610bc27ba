package com.shiftledger.api.shift;

/**
 * Asks for the pay a professional is still to earn: the professional pay of their accepted positions whose
 * work is not completed yet; answered with {@link PendingEarnings}.
 */
public record FindPendingEarningsQuery(long professionalId) {
}
