package com.shiftledger.api.shift;

import com.shiftledger.api.money.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A shift extension as both of its sides read it: who asked, the days it adds, what it costs per day and in all
 * ({@code total_amount}, paid from the hospital's wallet when it is accepted, with the wallet transaction), and the
 * professional's attendance on each of its days.
 */
public record ShiftExtensionView(long id, long shiftId, String shiftTitle, LocalTime startTime, LocalTime endTime,
                                 long applicationId, long hospitalId, long professionalId, String professionalName,
                                 String status, String requestedBy, LocalDate startDate, LocalDate endDate,
                                 int daysCount, Money payPerDay, Money serviceChargePerDay, Money extraPayPerDay,
                                 Money totalAmount, String transactionId, Instant requestedAt, Instant decidedAt,
                                 List<Day> attendance) {

    /**
     * One day of the extension: {@code pending} until the professional checks in, then {@code checked_in},
     * {@code completed} (with the pay and any SOS extra pay) or, once the extension has ended unworked,
     * {@code missed}.
     */
    public record Day(LocalDate date, String status, Instant checkInTime, Instant checkOutTime, Long minutesWorked,
                      Money amountEarned, Money extraPay) {
    }
}
