package com.shiftledger.api.shift;

import com.shiftledger.api.money.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A shift as the apps show it (the seed's shift object): schedule, pay per position and in total, positions
 * filled, status, and the escrow it holds.
 */
public record ShiftView(long id, String shiftCode, long hospitalId, String hospitalName, String title,
                        String description, LocalDate shiftDate, String startTime, String endTime,
                        boolean isNightShift, String professionType, Long departmentId, int positionsRequired,
                        int positionsFilled, String payType, Money payRate, String priority, boolean isEmergency,
                        String status, Money professionalPay, BigDecimal serviceChargePercent,
                        Money serviceChargeAmount, Money facilityPay, Money totalAmount, Money escrowBalance,
                        int applicationsCount, Instant startsAt, Instant endsAt, Instant publishedAt,
                        Instant createdAt, Instant updatedAt) {
}
