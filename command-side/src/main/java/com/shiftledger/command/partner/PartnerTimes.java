package com.shiftledger.command.partner;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * How the partner API reads and writes times: ISO-8601 date-times in UTC with a {@code Z} (or an offset), or local
 * without one (zones: {@link com.shiftledger.api.partner.PartnerTimeZones}); timestamps it answers in UTC as
 * {@code 2024-01-17T15:01:00}.
 */
final class PartnerTimes {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private PartnerTimes() {
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
