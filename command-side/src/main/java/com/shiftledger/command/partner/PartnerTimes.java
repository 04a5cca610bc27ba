package com.shiftledger.command.partner;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How the partner API reads and writes times: ISO-8601 date-times in UTC with a {@code Z} (or an offset), or local
 * without one; zones as IANA names or the US abbreviations the IntelyCare API accepts; timestamps it answers in UTC
 * as {@code 2024-01-17T15:01:00}.
 */
final class PartnerTimes {

    static final Map<String, String> US_ZONES = Map.of("ET", "America/New_York", "CT", "America/Chicago",
            "MT", "America/Denver", "PT", "America/Los_Angeles");
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private PartnerTimes() {
    }

    /** The zone a name stands for: an abbreviation ET, CT, MT or PT, or an IANA zone id; empty when unknown. */
    static Optional<ZoneId> zone(String name) {
        String us = US_ZONES.get(name.strip().toUpperCase(Locale.ROOT));
        try {
            return Optional.of(ZoneId.of(us != null ? us : name.strip()));
        } catch (DateTimeException unknown) {
            return Optional.empty();
        }
    }

    /** The instant a date-time stands for: as given with {@code Z} or an offset, else local to {@code zone}. */
    static Optional<Instant> instant(String value, ZoneId zone) {
        String text = value.strip();
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException notOffset) {
            try {
                return Optional.of(LocalDateTime.parse(text).atZone(zone).toInstant());
            } catch (DateTimeParseException notLocal) {
                return Optional.empty();
            }
        }
    }

    static String timestamp(Instant instant) {
        return instant == null ? null : TIMESTAMP.format(instant);
    }
}
