package com.shiftledger.app.partner;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.partner.PartnerRate;
import com.shiftledger.api.shift.ProfessionType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Locale;

/** A line of a partner's rate card as stored: the professional's pay per hour in paise and the ShiftPro profession. */
@Embeddable
class RateLine {

    @Column(name = "per_hour_paise", nullable = false)
    private long perHourPaise;

    @Column(name = "profession_type", nullable = false, length = 20)
    private String professionType;

    protected RateLine() {
    }

    RateLine(Money perHour, ProfessionType professionType) {
        this.perHourPaise = perHour.paise();
        this.professionType = professionType.code();
    }

    Money perHour() {
        return Money.ofPaise(perHourPaise);
    }

    ProfessionType professionType() {
        return ProfessionType.valueOf(professionType.toUpperCase(Locale.ROOT));
    }

    PartnerRate rate() {
        return new PartnerRate(perHour(), professionType());
    }
}
