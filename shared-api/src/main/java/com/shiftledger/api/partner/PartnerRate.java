package com.shiftledger.api.partner;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.shift.ProfessionType;

import java.math.BigDecimal;

/**
 * A line of a partner's rate card: what one hour of a professional of one of the partner's types (for example
 * {@code LPN}) pays the professional, and the ShiftPro profession that does that work.
 */
public record PartnerRate(Money perHour, ProfessionType professionType) {

    /** The hourly pay of a shift boosted by the partner's {@code shiftBoostPercentage} (half-up to the paisa). */
    public Money perHourBoostedBy(int boostPercent) {
        return perHour.plus(perHour.percent(BigDecimal.valueOf(boostPercent)));
    }
}
