package com.shiftledger.api.subscription;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a plan limits per calendar month: the shifts and SOS requests a hospital creates here, and the rosters and
 * vacancies it creates in ShiftPro's roster and vacancy services, which claim each one before creating it.
 */
public enum MonthlyUse {

    SHIFT("shift", "shift"),
    SOS("sos", "SOS"),
    ROSTER("roster", "roster"),
    VACANCY("vacancy", "vacancy");

    private final String code;
    private final String noun;

    MonthlyUse(String code, String noun) {
        this.code = code;
        this.noun = noun;
    }

    /** The use as the API names it. */
    public String code() {
        return code;
    }

    /** What the claim of this ledger's own shift or SOS {@code id} is named by ({@code shift-42}, {@code sos-7}). */
    public String referenceOf(long id) {
        return code + "-" + id;
    }

    public static Optional<MonthlyUse> ofCode(String code) {
        return Arrays.stream(values()).filter(use -> use.code.equals(code)).findFirst();
    }

    /** The refusal past the free plan's limit, in the seed's words ("Free SOS limit exhausted, subscription required"). */
    public String freePlanExhausted() {
        return "Free " + noun + " limit exhausted, subscription required";
    }

    /** The refusal past a subscribed plan's limit. */
    public String planExhausted() {
        return "Monthly " + noun + " limit of your subscription plan reached";
    }
}
