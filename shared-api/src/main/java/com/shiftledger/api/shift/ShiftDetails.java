package com.shiftledger.api.shift;

/** What a shift is, apart from its schedule and pay: title, profession, department, priority. */
public record ShiftDetails(String title, String description, ProfessionType professionType, Long departmentId,
                           ShiftPriority priority, boolean emergency) {
}
