package com.shiftledger.command.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.math.BigDecimal;

/**
 * Limits on amounts that move money, {@code shiftledger.money.*}: the largest amount, in rupees, one request
 * may move (default 10,00,000; from 1 to 1,00,00,00,000 with at most two decimals).
 */
@ConfigurationProperties("shiftledger.money")
public record MoneyLimits(@DefaultValue("1000000") BigDecimal maxOperationAmount) {

    static final BigDecimal LARGEST = new BigDecimal("1000000000");

    public MoneyLimits {
        SettingRanges.requireBetween("shiftledger.money.max-operation-amount", maxOperationAmount, BigDecimal.ONE,
                LARGEST);
        if (maxOperationAmount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("shiftledger.money.max-operation-amount is "
                    + maxOperationAmount.toPlainString() + "; it must have at most 2 decimal places");
        }
    }
}
