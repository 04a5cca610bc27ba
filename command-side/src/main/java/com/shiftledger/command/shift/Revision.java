package com.shiftledger.command.shift;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.rejection.FieldErrors;
import com.shiftledger.api.shift.ClaimedAmounts;
import com.shiftledger.api.shift.ShiftChanges;
import com.shiftledger.api.shift.ShiftDetails;
import com.shiftledger.api.shift.ShiftPrice;
import com.shiftledger.api.shift.ShiftSchedule;
import com.shiftledger.api.shift.ShiftTerms;

import java.time.ZoneId;

/** A shift as it would be after a change: the current details, schedule and terms with the changed fields taken over. */
record Revision(ShiftDetails details, ShiftSchedule schedule, ShiftTerms terms) {

    static Revision of(ShiftDetails details, ShiftSchedule schedule, ShiftTerms terms, ShiftChanges changes,
                       ZoneId zone) {
        ShiftDetails newDetails = new ShiftDetails(
                or(changes.title(), details.title()),
                or(changes.description(), details.description()),
                or(changes.professionType(), details.professionType()),
                or(changes.departmentId(), details.departmentId()),
                or(changes.priority(), details.priority()),
                or(changes.emergency(), details.emergency()),
                details.qualification());
        ShiftSchedule newSchedule = ShiftSchedule.of(
                or(changes.shiftDate(), schedule.shiftDate()),
                or(changes.startTime(), schedule.startTime()),
                or(changes.endTime(), schedule.endTime()),
                or(changes.nightShift(), schedule.nightShift()),
                zone);
        ShiftTerms newTerms = terms.with(
                or(changes.payType(), terms.payType()),
                or(changes.payRate(), terms.payRate()),
                or(changes.positions(), terms.positions()));
        return new Revision(newDetails, newSchedule, newTerms);
    }

    ShiftPrice price() {
        return terms.price(schedule.scheduledMinutes());
    }

    /**
     * Refuses the revision when amounts the client computed for it ({@code claimed}, never trusted) differ from the
     * server's: the new price and the {@code difference} to the escrow held (positive: to pay, negative: to refund).
     */
    void requireClaimsMatch(ClaimedAmounts claimed, long difference) {
        if (claimed == null) {
            return;
        }
        ShiftPrice price = price();
        FieldErrors errors = new FieldErrors();
        mismatch(errors, "facility_pay", claimed.facilityPay(), price.facilityPay());
        mismatch(errors, "service_charge_amount", claimed.serviceChargeAmount(), price.serviceCharge());
        mismatch(errors, "extra_amount_to_pay", claimed.extraAmountToPay(), Money.ofPaise(Math.max(0, difference)));
        mismatch(errors, "amount_to_refund", claimed.amountToRefund(), Money.ofPaise(Math.max(0, -difference)));
        errors.throwIfAny();
    }

    private static void mismatch(FieldErrors errors, String field, Money claimed, Money computed) {
        if (claimed != null && !claimed.equals(computed)) {
            errors.add(field, "The " + field.replace('_', ' ') + " does not match the amount computed by the server ("
                    + computed.toRupees().toPlainString() + ").");
        }
    }

    private static <T> T or(T changed, T current) {
        return changed != null ? changed : current;
    }
}
