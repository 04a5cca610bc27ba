package com.shiftledger.query.dashboard;

import java.math.BigDecimal;

/** Signed paise as the apps read money: a rupee number with two decimals, for figures that may fall below 0. */
final class Rupees {

    private Rupees() {
    }

    static BigDecimal of(long paise) {
        return BigDecimal.valueOf(paise, 2);
    }
}
