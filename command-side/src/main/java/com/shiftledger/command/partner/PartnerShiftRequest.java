package com.shiftledger.command.partner;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.shiftledger.api.money.Money;
import com.shiftledger.api.partner.PartnerCaller;
import com.shiftledger.api.partner.PartnerRate;
import com.shiftledger.api.partner.PartnerTimeZones;
import com.shiftledger.api.rejection.FieldErrors;
import com.shiftledger.api.shift.ShiftDetails;
import com.shiftledger.api.shift.ShiftPriority;
import com.shiftledger.api.shift.ShiftSchedule;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The body of {@code POST /partner/v1/shifts} and {@code PUT /partner/v1/shifts/{shiftId}}, with the IntelyCare
 * field names; {@link #read} checks it against the partner's rate card and time zone.
 */
@JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
record PartnerShiftRequest(@JsonDeserialize(using = ExternalIdDeserializer.class) String externalShiftId,
                           String shiftStartTime, String shiftEndTime, String shiftUnit,
                           String healthcareProfessionalType, String shiftSource, Integer shiftBoostPercentage,
                           String timezone) {

    static final Duration LONGEST_SHIFT = Duration.ofHours(24);
    static final int MAX_ID = 100;
    static final int MAX_TEXT = 100;
    static final String TIME_FORMAT = " must be an ISO-8601 date-time: in UTC with a Z (2024-01-24T05:04:34Z) or local "
            + "to the facility without it (2024-01-24T05:04:34).";

    /** A partner's shift as the request asks for it, with its rate and times resolved. */
    record PartnerShift(String qualification, PartnerRate rate, ZoneId zone, Instant startsAt, Instant endsAt,
                        int boostPercent, String unit, String source) {

        ShiftSchedule schedule() {
            return ShiftSchedule.between(startsAt, endsAt, zone);
        }

        ShiftDetails details(String partnerName) {
            return new ShiftDetails(qualification + " shift, " + unit, "Requested by " + partnerName + " ("
                    + source + ")", rate.professionType(), null, ShiftPriority.NORMAL, false, qualification);
        }

        Money payPerHour() {
            return rate.perHourBoostedBy(boostPercent);
        }
    }

    /** Checks the request; with {@code newShift} it must carry the partner's {@code externalShiftId}. */
    PartnerShift read(PartnerCaller partner, boolean newShift, Instant now, FieldErrors errors) {
        if (newShift) {
            requireId(errors, "externalShiftId", externalShiftId);
        }
        ZoneId zone = partner.timezone();
        if (timezone != null && !timezone.isBlank()) {
            zone = PartnerTimeZones.parse(timezone).orElse(null);
            if (zone == null) {
                errors.add("timezone", "The timezone must be an IANA time zone (America/New_York) or one of ET, CT, "
                        + "MT, PT.");
                zone = partner.timezone();
            }
        }
        Instant startsAt = time(errors, "shiftStartTime", shiftStartTime, zone);
        Instant endsAt = time(errors, "shiftEndTime", shiftEndTime, zone);
        if (startsAt != null && endsAt != null) {
            if (!endsAt.isAfter(startsAt)) {
                errors.add("shiftEndTime", "The shiftEndTime must be after the shiftStartTime.");
            } else if (Duration.between(startsAt, endsAt).compareTo(LONGEST_SHIFT) > 0) {
                errors.add("shiftEndTime", "A shift may last at most 24 hours.");
            } else if (!endsAt.isAfter(now)) {
                errors.add("shiftEndTime", "The shiftEndTime must be in the future.");
            }
        }
        requireText(errors, "shiftUnit", shiftUnit);
        requireText(errors, "shiftSource", shiftSource);
        PartnerRate rate = null;
        if (healthcareProfessionalType == null || healthcareProfessionalType.isBlank()) {
            errors.add("healthcareProfessionalType", "The healthcareProfessionalType field is required.");
        } else {
            rate = partner.hourlyRates().get(healthcareProfessionalType.strip());
            if (rate == null) {
                errors.add("healthcareProfessionalType", "The healthcareProfessionalType must be one of your rate "
                        + "card's types: " + String.join(", ", new TreeSet<>(partner.hourlyRates().keySet())) + ".");
            }
        }
        int boost = shiftBoostPercentage == null ? 0 : shiftBoostPercentage;
        if (boost < 0 || boost > 100) {
            errors.add("shiftBoostPercentage", "The shiftBoostPercentage must be a whole number from 0 to 100.");
        }
        errors.throwIfAny();
        return new PartnerShift(healthcareProfessionalType.strip(), rate, zone, startsAt, endsAt, boost,
                shiftUnit.strip(), shiftSource.strip());
    }

    /** The same request again has the same fingerprint: it is answered as the first one was. */
    String fingerprint() {
        String canonical = String.join("\u0000", Objects.toString(externalShiftId, ""),
                Objects.toString(shiftStartTime, ""), Objects.toString(shiftEndTime, ""),
                Objects.toString(shiftUnit, ""), Objects.toString(healthcareProfessionalType, ""),
                Objects.toString(shiftSource, ""), String.valueOf(shiftBoostPercentage == null ? 0
                        : shiftBoostPercentage), Objects.toString(timezone, ""));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    static void requireId(FieldErrors errors, String field, String value) {
        if (value == null || value.isBlank()) {
            errors.add(field, "The " + field + " field is required.");
        } else if (value.length() > MAX_ID) {
            errors.add(field, "The " + field + " may not be greater than " + MAX_ID + " characters.");
        } else if (!printable(value)) {
            errors.add(field, "The " + field + " may contain only printable characters.");
        }
    }

    static Instant time(FieldErrors errors, String field, String value, ZoneId zone) {
        return time(errors, field, value, zone, TIME_FORMAT);
    }

    /** A date-time read in {@code zone} when it has no {@code Z} or offset; {@code format} says how it is written. */
    static Instant time(FieldErrors errors, String field, String value, ZoneId zone, String format) {
        if (value == null || value.isBlank()) {
            errors.add(field, "The " + field + " field is required.");
            return null;
        }
        Instant instant = PartnerTimes.instant(value, zone).orElse(null);
        if (instant == null) {
            errors.add(field, "The " + field + format);
        }
        return instant;
    }

    private static void requireText(FieldErrors errors, String field, String value) {
        if (value == null || value.isBlank()) {
            errors.add(field, "The " + field + " field is required.");
        } else if (value.length() > MAX_TEXT) {
            errors.add(field, "The " + field + " may not be greater than " + MAX_TEXT + " characters.");
        } else if (!printable(value)) {
            errors.add(field, "The " + field + " may contain only printable characters.");
        }
    }

    private static boolean printable(String value) {
        return value.codePoints().noneMatch(Character::isISOControl);
    }
}
