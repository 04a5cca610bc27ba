package com.shiftledger.app.partner;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.OptionalLong;

/**
 * The events feed's cursor: opaque to partners (base64url of {@code w1:} and the position of a webhook in the
 * outbox), so that its form can change without breaking them; a cursor the feed did not give is refused.
 */
final class FeedCursor {

    private static final String PREFIX = "w1:";
    private static final int MAX_LENGTH = 64;

    private FeedCursor() {
    }

    static String of(long position) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + position).getBytes(StandardCharsets.US_ASCII));
    }

    /** The position the cursor stands for, or empty when it is not a cursor this feed gave. */
    static OptionalLong positionOf(String cursor) {
        if (cursor == null || cursor.isEmpty() || cursor.length() > MAX_LENGTH) {
            return OptionalLong.empty();
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            if (!decoded.startsWith(PREFIX)) {
                return OptionalLong.empty();
            }
            long position = Long.parseLong(decoded.substring(PREFIX.length()));
            // only the cursor's one spelling: no sign, no leading zeros, no padding
            return position < 0 || !of(position).equals(cursor) ? OptionalLong.empty() : OptionalLong.of(position);
        } catch (IllegalArgumentException notACursor) {
            return OptionalLong.empty();
        }
    }
}
