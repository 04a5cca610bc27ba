package com.shiftledger.app.web;

/**
 * What text the ledger stores: Unicode without NUL, other control characters (tab, line feed and carriage return
 * aside) or a half of a surrogate pair. PostgreSQL refuses NUL in text, so such a value would be accepted at the edge
 * and then stop every projection that tries to store it.
 */
public final class Text {

    /** How a refused value's error starts, so that the error handler can name the field. */
    public static final String UNSTORABLE = "Text with NUL, a control character or invalid Unicode";

    private Text() {
    }

    /** Whether the value can be stored and shown as it is. */
    public static boolean isStorable(CharSequence value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
