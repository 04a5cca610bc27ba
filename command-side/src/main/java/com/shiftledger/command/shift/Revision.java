package com.shiftledger.command.shift;

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
                or(changes.emergency(), details.emergency()));
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

    private static <T> T or(T changed, T current) {
        return changed != null ? changed : current;
    }
}
