package com.shiftledger.api.shift;

/**
 * Asks what became of one funding a shift asked for: answered with its {@link ShiftFundingView} (pending until
 * the wallet paid or refused it), null before the read side knows of it; as a subscription query, updated as it
 * changes.
 */
public record FindShiftFundingQuery(FundingReference funding) {
}
