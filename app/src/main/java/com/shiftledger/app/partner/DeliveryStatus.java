package com.shiftledger.app.partner;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Where a webhook's delivery stands. */
enum DeliveryStatus {
    /** Not delivered yet: on its way, waiting for its next attempt, or behind an older webhook of its shift. */
    PENDING,
    /** The partner answered an attempt with 2xx. */
    DELIVERED,
    /** Every attempt of the retry schedule failed; an admin may redeliver it. */
    FAILED;

    static final Set<String> CODES = Arrays.stream(values()).map(DeliveryStatus::code)
            .collect(Collectors.toUnmodifiableSet());

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
