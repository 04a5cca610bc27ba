package com.shiftledger.command.shift;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.rejection.FieldErrors;
import com.shiftledger.api.shift.ClaimedAmounts;
import com.shiftledger.api.shift.PayType;
import com.shiftledger.api.shift.ProfessionType;
import com.shiftledger.api.shift.ShiftChanges;
import com.shiftledger.api.shift.ShiftDetails;
import com.shiftledger.api.shift.ShiftPriority;
import com.shiftledger.command.web.RupeeAmount;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/** The bodies of the hospital's shift requests, with the seed's field names and rules. */
final class ShiftRequests {

    static final String TIME = "([01][0-9]|2[0-3]):[0-5][0-9]";
    static final String PROFESSIONS = "doctor|nurse|technician|staff|paramedic";

    private ShiftRequests() {
    }

    /** {@code POST /hospital/shifts}. */
    record CreateShiftRequest(
            @NotBlank(message = "The title field is required.")
            @Size(max = 255, message = "The title may not be greater than 255 characters.") String title,
            @Size(max = 5000, message = "The description may not be greater than 5000 characters.")
            String description,
            @NotBlank(message = "The shift date field is required.") String shiftDate,
            @NotBlank(message = "The start time field is required.")
            @Pattern(regexp = TIME, message = "The start time does not match the format H:i.") String startTime,
            @NotBlank(message = "The end time field is required.")
            @Pattern(regexp = TIME, message = "The end time does not match the format H:i.") String endTime,
            @NotBlank(message = "The profession type field is required.")
            @Pattern(regexp = PROFESSIONS, message = "The selected profession type is invalid.")
            String professionType,
            @Positive(message = "The department id must be a positive number.") Long departmentId,
            @NotNull(message = "The positions required field is required.")
            @Min(value = 1, message = "The positions required must be at least 1.")
            @Max(value = 100, message = "The positions required may not be greater than 100.")
            Integer positionsRequired,
            @NotBlank(message = "The pay type field is required.")
            @Pattern(regexp = "hourly|fixed", message = "The selected pay type is invalid.") String payType,
            @NotNull(message = "The pay rate field is required.") @RupeeAmount BigDecimal payRate,
            @Pattern(regexp = "normal|urgent|critical", message = "The selected priority is invalid.") String priority,
            Boolean isNightShift,
            Boolean isEmergency,
            @Pattern(regexp = "draft|published", message = "The selected status is invalid.") String status,
            Long subscriptionId) {

        ShiftDetails details() {
            return new ShiftDetails(title.strip(), blankToNull(description),
                    ProfessionType.valueOf(professionType.toUpperCase()), departmentId,
                    priority == null ? ShiftPriority.NORMAL : ShiftPriority.valueOf(priority.toUpperCase()),
                    Boolean.TRUE.equals(isEmergency));
        }

        boolean publishNow() {
            return "published".equals(status);
        }
    }

    /** {@code PUT /hospital/shifts/{id}}: every field optional; client-computed amounts are only compared. */
    record UpdateShiftRequest(
            @Size(min = 1, max = 255, message = "The title must be between 1 and 255 characters.") String title,
            @Size(max = 5000, message = "The description may not be greater than 5000 characters.")
            String description,
            String shiftDate,
            @Pattern(regexp = TIME, message = "The start time does not match the format H:i.") String startTime,
            @Pattern(regexp = TIME, message = "The end time does not match the format H:i.") String endTime,
            @Pattern(regexp = PROFESSIONS, message = "The selected profession type is invalid.")
            String professionType,
            @Positive(message = "The department id must be a positive number.") Long departmentId,
            @Min(value = 1, message = "The positions required must be at least 1.")
            @Max(value = 100, message = "The positions required may not be greater than 100.")
            Integer positionsRequired,
            @Pattern(regexp = "hourly|fixed", message = "The selected pay type is invalid.") String payType,
            @RupeeAmount BigDecimal payRate,
            @Pattern(regexp = "normal|urgent|critical", message = "The selected priority is invalid.") String priority,
            Boolean isNightShift,
            Boolean isEmergency,
            @RupeeAmount BigDecimal facilityPay,
            @RupeeAmount BigDecimal serviceChargeAmount,
            @RupeeAmount(min = "0") BigDecimal extraAmountToPay,
            @RupeeAmount(min = "0") BigDecimal amountToRefund) {

        ShiftChanges changes(FieldErrors errors, LocalDate today) {
            LocalDate date = shiftDate == null ? null : date(errors, shiftDate, today);
            return new ShiftChanges(title == null ? null : title.strip(), description, profession(), departmentId,
                    priority == null ? null : ShiftPriority.valueOf(priority.toUpperCase()), isEmergency, date,
                    time(startTime), time(endTime), isNightShift, positionsRequired,
                    payType == null ? null : PayType.valueOf(payType.toUpperCase()),
                    payRate == null ? null : Money.ofRupees(payRate));
        }

        ClaimedAmounts claimed() {
            return new ClaimedAmounts(money(facilityPay), money(serviceChargeAmount), money(extraAmountToPay),
                    money(amountToRefund));
        }

        private ProfessionType profession() {
            return professionType == null ? null : ProfessionType.valueOf(professionType.toUpperCase());
        }
    }

    static LocalDate date(FieldErrors errors, String value, LocalDate today) {
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (date.isBefore(today)) {
                errors.add("shift_date", "The shift date must be a date after or equal to today.");
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.add("shift_date", "The shift date does not match the format Y-m-d.");
            return null;
        }
    }

    static LocalTime time(String value) {
        return value == null ? null : LocalTime.parse(value);
    }

    private static Money money(BigDecimal rupees) {
        return rupees == null ? null : Money.ofRupees(rupees);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
