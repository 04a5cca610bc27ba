package com.shiftledger.api.shift;

import com.shiftledger.api.money.Money;

import java.time.LocalDate;
import java.time.LocalTime;

/** What a hospital changes in a shift; a null field stays as it is. */
public record ShiftChanges(String title, String description, ProfessionType professionType, Long departmentId,
                           ShiftPriority priority, Boolean emergency, LocalDate shiftDate, LocalTime startTime,
                           LocalTime endTime, Boolean nightShift, Integer positions, PayType payType,
                           Money payRate) {
}
