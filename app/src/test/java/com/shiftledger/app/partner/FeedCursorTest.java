package com.shiftledger.app.partner;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** The events feed's cursor: what it gave reads back, anything else is refused. */
class FeedCursorTest {

    @Test
    void readsBackThePositionItStandsFor() {
        for (long position : new long[]{0, 1, 42, Long.MAX_VALUE}) {
            assertThat(FeedCursor.positionOf(FeedCursor.of(position))).hasValue(position);
        }
        assertThat(FeedCursor.of(42)).doesNotContain("42").doesNotContain("=");
    }

    @Test
    void refusesWhatItDidNotGive() {
        for (String bad : new String[]{null, "", "42", "abc", "w1:42", encode("w1:-5"), encode("w1:042"),
                encode("w2:42"), encode("w1:"), encode("w1:4a"), FeedCursor.of(42) + "=", "%%%", "x".repeat(65)}) {
            assertThat(FeedCursor.positionOf(bad)).as(String.valueOf(bad)).isEmpty();
        }
    }

    private static String encode(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
    }
}
