package com.shiftledger.api.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a hospital's dashboard counts, kept up to date from events: its shifts by status (all of them, and those
 * created this month), the shifts ever funded, what it spent (in all and this month), the service charges of its
 * completed positions and the professionals it ever accepted. The answer to {@link FindHospitalFiguresQuery}.
 *
 * <p>Spent is what left the hospital's wallet for shifts and Emergency SOS less what came back to it as refunds, in
 * paise: a cancellation or reduction fee stays spent, escrow not yet worked counts as spent. A month's spent is net
 * of the refunds credited in that month, so it is below 0 in a month when more came back than went out.
 */
public record HospitalFigures(long hospitalId, ShiftCounts shifts, ShiftCounts shiftsThisMonth, long shiftsFunded,
                              long spentPaise, long spentThisMonthPaise, long serviceChargesPaidPaise,
                              long professionalsHired) {

    /** What the hospital spent in all divided by the shifts it ever funded, half-up to the paisa; 0 before any. */
    public long averageCostPerShiftPaise() {
        if (shiftsFunded == 0) {
            return 0;
        }
        return BigDecimal.valueOf(spentPaise).divide(BigDecimal.valueOf(shiftsFunded), 0, RoundingMode.HALF_UP)
                .longValueExact();
    }
}
