package com.shiftledger.api.shift;

/**
 * What a command did to a shift: the shift's {@code version} right after it (the sequence number of its last
 * event, which the read side reports once it has projected it), the funding it asked the hospital's wallet for,
 * the escrow it released into a refund, the position it completed and the extended day it completed; each null when
 * the command did not.
 */
public record ShiftChange(ShiftId shiftId, long version, FundingReference funding, ShiftEscrowReleasedEvent release,
                          PositionCompletedEvent completed, ExtendedDayCompletedEvent dayCompleted) {

    public static ShiftChange at(ShiftId shiftId, long version) {
        return new ShiftChange(shiftId, version, null, null, null, null);
    }

    public ShiftChange withFunding(FundingReference requested) {
        return new ShiftChange(shiftId, version, requested, release, completed, dayCompleted);
    }

    public ShiftChange withRelease(ShiftEscrowReleasedEvent released) {
        return new ShiftChange(shiftId, version, funding, released, completed, dayCompleted);
    }

    public ShiftChange withCompleted(PositionCompletedEvent position) {
        return new ShiftChange(shiftId, version, funding, release, position, dayCompleted);
    }

    public ShiftChange withDayCompleted(ExtendedDayCompletedEvent day) {
        return new ShiftChange(shiftId, version, funding, release, completed, day);
    }
}
