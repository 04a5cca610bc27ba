package com.shiftledger.command.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.math.BigDecimal;

/**
 * Limits on amounts that move money, {@code shiftledger.money.*}: the largest amount, in rupees, one request
 * may move (default 10,00,000).
 */
@ConfigurationProperties("shiftledger.money")
public record MoneyLimits(@DefaultValue("1000000") BigDecimal maxOperationAmount) {
}
