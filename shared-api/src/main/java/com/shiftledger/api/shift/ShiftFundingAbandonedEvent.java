package com.shiftledger.api.shift;

/** A requested funding was not paid; the shift stays as it was before the request. */
public record ShiftFundingAbandonedEvent(ShiftId shiftId, int fundingNumber) {
}
