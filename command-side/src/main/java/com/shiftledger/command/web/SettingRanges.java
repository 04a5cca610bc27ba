package com.shiftledger.command.web;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * The checks every {@code shiftledger.*} setting passes at start: a value outside its range stops the start with
 * a message naming the setting, its value and the allowed range.
 */
public final class SettingRanges {

    private SettingRanges() {
    }

    public static void requireBetween(String setting, long value, long min, long max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(setting + " is " + value + "; it must be from " + min + " to " + max);
        }
    }

    public static void requireBetween(String setting, Duration value, Duration min, Duration max) {
        if (value == null || value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new IllegalArgumentException(setting + " is " + describe(value)
                    + "; it must be an ISO-8601 duration from " + describe(min) + " to " + describe(max));
        }
    }

    /** A duration as an operator writes it: whole days as {@code P7D}, anything else as Java writes it. */
    public static String describe(Duration value) {
        if (value == null) {
            return "null";
        }
        if (!value.isZero() && value.toSeconds() % 86_400 == 0 && value.toNanosPart() == 0) {
            return (value.isNegative() ? "-" : "") + "P" + Math.abs(value.toDays()) + "D";
        }
        return value.toString();
    }

    public static void requireBetween(String setting, BigDecimal value, BigDecimal min, BigDecimal max) {
        if (value == null || value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new IllegalArgumentException(setting + " is " + (value == null ? null : value.toPlainString())
                    + "; it must be from " + min.toPlainString() + " to " + max.toPlainString());
        }
    }

    /** Text that is either absent or at most {@code maxLength} characters without spaces or control characters. */
    public static void requireToken(String setting, String value, int maxLength) {
        if (value != null && !value.isEmpty() && (value.length() > maxLength || !value.matches("[!-~]+"))) {
            throw new IllegalArgumentException(setting + " is not valid; it must be empty or up to " + maxLength
                    + " printable characters without spaces");
        }
    }
}
