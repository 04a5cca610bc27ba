package com.shiftledger.api.shift;

import com.shiftledger.api.money.Money;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The attendance of one accepted professional on one shift: {@code pending}, {@code checked_in},
 * {@code completed} or {@code no_show}, with the times, the hours worked and what it earned.
 */
public record AttendanceView(long id, long shiftId, String shiftCode, String shiftTitle, LocalDate shiftDate,
                             long hospitalId, long professionalId, String professionalName, String status,
                             Instant checkInTime, Instant checkOutTime, Long minutesWorked, String hoursWorked,
                             Money amountEarned, String remarks, Instant updatedAt) {
}
