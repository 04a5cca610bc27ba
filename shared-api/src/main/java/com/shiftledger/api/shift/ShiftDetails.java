package com.shiftledger.api.shift;

/**
 * What a shift is, apart from its schedule and pay: title, profession, department, priority, and for a partner's
 * shift the {@code qualification} the partner asked for (its professional type, for example {@code LPN}; finer than
 * the profession, null on a hospital's shift).
 */
public record ShiftDetails(String title, String description, ProfessionType professionType, Long departmentId,
                           ShiftPriority priority, boolean emergency, String qualification) {

    public ShiftDetails(String title, String description, ProfessionType professionType, Long departmentId,
                        ShiftPriority priority, boolean emergency) {
        this(title, description, professionType, departmentId, priority, emergency, null);
    }
}
