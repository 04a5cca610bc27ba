package com.shiftledger.command.shift;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.platform.PlatformCalendar;
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
    static final String START_TIME_FORMAT = "The start time must be a time as HH:mm (24-hour, 00:00 to 23:59).";
    static final String END_TIME_FORMAT = "The end time must be a time as HH:mm (24-hour, 00:00 to 23:59).";
    static final String PROFESSION_TYPES =
            "The profession type must be one of: doctor, nurse, technician, staff, paramedic.";
    static final String PAY_TYPES = "The pay type must be one of: hourly, fixed.";
    static final String PRIORITIES = "The priority must be one of: normal, urgent, critical.";
    static final String DATE_FORMAT = "The shift date must be a date as YYYY-MM-DD (ISO-8601).";

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
            @Pattern(regexp = TIME, message = START_TIME_FORMAT) String startTime,
            @NotBlank(message = "The end time field is required.")
            @Pattern(regexp = TIME, message = END_TIME_FORMAT) String endTime,
            @NotBlank(message = "The profession type field is required.")
            @Pattern(regexp = PROFESSIONS, message = PROFESSION_TYPES)
            String professionType,
            @Positive(message = "The department id must be a positive number.") Long departmentId,
            @NotNull(message = "The positions required field is required.")
            @Min(value = 1, message = "The positions required must be at least 1.")
            @Max(value = 100, message = "The positions required may not be greater than 100.")
            Integer positionsRequired,
            @NotBlank(message = "The pay type field is required.")
            @Pattern(regexp = "hourly|fixed", message = PAY_TYPES) String payType,
            @NotNull(message = "The pay rate field is required.") @RupeeAmount BigDecimal payRate,
            @Pattern(regexp = "normal|urgent|critical", message = PRIORITIES) String priority,
            Boolean isNightShift,
            Boolean isEmergency,
            @Pattern(regexp = "draft|published", message = "The status must be one of: draft, published.")
            String status,
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
            @Pattern(regexp = TIME, message = START_TIME_FORMAT) String startTime,
            @Pattern(regexp = TIME, message = END_TIME_FORMAT) String endTime,
            @Pattern(regexp = PROFESSIONS, message = PROFESSION_TYPES)
            String professionType,
            @Positive(message = "The department id must be a positive number.") Long departmentId,
            @Min(value = 1, message = "The positions required must be at least 1.")
            @Max(value = 100, message = "The positions required may not be greater than 100.")
            Integer positionsRequired,
            @Pattern(regexp = "hourly|fixed", message = PAY_TYPES) String payType,
            @RupeeAmount BigDecimal payRate,
            @Pattern(regexp = "normal|urgent|critical", message = PRIORITIES) String priority,
            Boolean isNightShift,
            Boolean isEmergency,
            @RupeeAmount BigDecimal facilityPay,
            @RupeeAmount BigDecimal serviceChargeAmount,
            @RupeeAmount(min = "0") BigDecimal extraAmountToPay,
            @RupeeAmount(min = "0") BigDecimal amountToRefund) {

        ShiftChanges changes(FieldErrors errors, PlatformCalendar calendar) {
            LocalDate date = shiftDate == null ? null : date(errors, shiftDate, calendar);
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

    /** The shift date of a request: a date as YYYY-MM-DD, no earlier than today in the platform's time zone. */
    static LocalDate date(FieldErrors errors, String value, PlatformCalendar calendar) {
        try {
            LocalDate date = LocalDate.parse(value.strip());
            LocalDate today = calendar.today();
            if (date.isBefore(today)) {
                errors.add("shift_date", "The shift date must be today (" + today + " in " + calendar.zone()
                        + ", the platform's time zone) or later.");
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.add("shift_date", DATE_FORMAT);
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
