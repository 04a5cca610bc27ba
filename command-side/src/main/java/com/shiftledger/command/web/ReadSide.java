package com.shiftledger.command.web;

import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waits, briefly, for the read side to catch up with a change just made, so an answer can show it; the read
 * side is a moment behind the command side. After the wait it answers with what it has.
 */
public final class ReadSide {

    private static final int ATTEMPTS = 200;
    private static final long PAUSE_MILLIS = 25;

    private ReadSide() {
    }

    /** Reads until {@code caughtUp} holds for a non-null answer, for at most about five seconds. */
    public static <T> T await(Supplier<T> read, Predicate<T> caughtUp) {
        T latest = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            latest = read.get();
            if (latest != null && caughtUp.test(latest)) {
                return latest;
            }
            try {
                Thread.sleep(PAUSE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return latest;
            }
        }
        return latest;
    }
}
