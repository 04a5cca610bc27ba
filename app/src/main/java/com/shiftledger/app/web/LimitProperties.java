package com.shiftledger.app.web;

import com.shiftledger.command.web.SettingRanges;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code shiftledger.limits.money-requests-per-minute}: how many requests to endpoints that move money one caller
 * may make per minute (default 300, from 1 to 100000), so that one client cannot starve the others.
 */
@ConfigurationProperties("shiftledger.limits")
public record LimitProperties(@DefaultValue("300") int moneyRequestsPerMinute) {

    public LimitProperties {
        SettingRanges.requireBetween("shiftledger.limits.money-requests-per-minute", moneyRequestsPerMinute, 1,
                100_000);
    }
}
