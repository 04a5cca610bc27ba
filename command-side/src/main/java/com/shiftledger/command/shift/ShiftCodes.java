package com.shiftledger.command.shift;

import com.shiftledger.api.money.TransactionId;
import com.shiftledger.api.shift.ShiftId;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** The seed's shift code, {@code SFT-yyyyMMdd-XXXX}, derived from the shift and its date. */
public final class ShiftCodes {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

    private ShiftCodes() {
    }

    public static String of(ShiftId shiftId, LocalDate date) {
        String suffix = TransactionId.code("", shiftId.toString(), "code").substring(0, 4);
        return "SFT-" + DATE.format(date) + "-" + suffix;
    }
}
