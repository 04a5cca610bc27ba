package com.shiftledger.api.partner;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The time zone of a partner's facility: an IANA name ({@code America/New_York}), or one of the US abbreviations the
 * IntelyCare document uses ({@code ET}, {@code CT}, {@code MT}, {@code PT}), which stand for the zone of their
 * largest city and so follow daylight saving time.
 */
public final class PartnerTimeZones {

    public static final int MAX_LENGTH = 60;
    private static final Map<String, String> US_ABBREVIATIONS = Map.of(
            "ET", "America/New_York",
            "CT", "America/Chicago",
            "MT", "America/Denver",
            "PT", "America/Los_Angeles");

    private PartnerTimeZones() {
    }

    public static Optional<ZoneId> parse(String value) {
        if (value == null || value.isBlank() || value.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String name = value.strip();
        String abbreviated = US_ABBREVIATIONS.get(name.toUpperCase(Locale.ROOT));
        try {
            return Optional.of(ZoneId.of(abbreviated != null ? abbreviated : name));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
