package com.shiftledger.app.partner;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.rejection.FieldErrors;
import com.shiftledger.api.shift.ProfessionType;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The rules of a partner's rate card: each of the partner's professional types (1 to 20 letters, digits, spaces,
 * {@code _} or {@code -}; for example {@code LPN}) pays the professional at least ₹1.00 an hour, in whole paise and
 * no more than one request may move, and is done by one ShiftPro profession ({@code nurse} unless said otherwise).
 */
final class RateCard {

    static final int MOST_TYPES = 50;
    static final BigDecimal LEAST_PER_HOUR = new BigDecimal("1.00");
    static final Pattern TYPE = Pattern.compile("[A-Za-z0-9 _-]{1,20}");
    static final ProfessionType DEFAULT_PROFESSION = ProfessionType.NURSE;
    static final Set<String> PROFESSIONS = Arrays.stream(ProfessionType.values()).map(ProfessionType::code)
            .collect(Collectors.toUnmodifiableSet());
    static final String RATES_REQUIRED = "The hourly rates field is required: at least one professional type and "
            + "its rupees per hour.";
    static final String TOO_MANY_TYPES = "A rate card has at most " + MOST_TYPES + " professional types.";
    static final String BAD_TYPE = "A professional type is 1 to 20 letters, digits, spaces, _ or -, and does not "
            + "start or end with a space.";
    static final String SAME_TYPE_TWICE = "Two professional types differ only in upper and lower case.";
    static final String UNKNOWN_PROFESSION = "The profession type must be one of: doctor, nurse, technician, staff, "
            + "paramedic.";
    static final String TYPE_WITHOUT_RATE = "The professional type has no hourly rate.";

    private RateCard() {
    }

    /**
     * The card as the admin asked for it, or null with the errors collected: {@code hourlyRates} (null: keep the
     * current types and rates), {@code professionTypes} (null: keep, or {@code nurse} for a new type).
     */
    static Map<String, RateLine> of(Map<String, BigDecimal> hourlyRates, Map<String, String> professionTypes,
                                    Map<String, RateLine> current, BigDecimal mostPerHour, FieldErrors errors) {
        Map<String, Money> rates = hourlyRates == null ? perHourOf(current) : rates(hourlyRates, mostPerHour, errors);
        if (rates == null) {
            return null;
        }
        Map<String, ProfessionType> professions = new LinkedHashMap<>();
        rates.keySet().forEach(type -> professions.put(type,
                current.containsKey(type) ? current.get(type).professionType() : DEFAULT_PROFESSION));
        boolean valid = professionTypes == null || professions(professionTypes, professions, errors);
        if (!valid) {
            return null;
        }
        Map<String, RateLine> card = new LinkedHashMap<>();
        rates.forEach((type, perHour) -> card.put(type, new RateLine(perHour, professions.get(type))));
        return card;
    }

    private static Map<String, Money> rates(Map<String, BigDecimal> hourlyRates, BigDecimal mostPerHour,
                                            FieldErrors errors) {
        if (hourlyRates.isEmpty()) {
            errors.add("hourly_rates", RATES_REQUIRED);
            return null;
        }
        if (hourlyRates.size() > MOST_TYPES) {
            errors.add("hourly_rates", TOO_MANY_TYPES);
            return null;
        }
        Map<String, Money> rates = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        boolean valid = true;
        for (Map.Entry<String, BigDecimal> entry : hourlyRates.entrySet()) {
            String type = entry.getKey();
            String field = "hourly_rates." + type;
            if (!isType(type)) {
                errors.add("hourly_rates", BAD_TYPE);
                valid = false;
            } else if (!seen.add(type.toLowerCase(Locale.ROOT))) {
                errors.add("hourly_rates", SAME_TYPE_TWICE);
                valid = false;
            } else if (!isHourlyRate(entry.getValue(), mostPerHour)) {
                errors.add(field, "The hourly rate of " + type + " must be a number of rupees from "
                        + LEAST_PER_HOUR.toPlainString() + " to " + mostPerHour.toPlainString()
                        + " with at most two decimals.");
                valid = false;
            } else {
                rates.put(type, Money.ofRupees(entry.getValue().setScale(2)));
            }
        }
        return valid ? rates : null;
    }

    private static boolean professions(Map<String, String> professionTypes, Map<String, ProfessionType> professions,
                                       FieldErrors errors) {
        boolean valid = true;
        for (Map.Entry<String, String> entry : professionTypes.entrySet()) {
            String field = "profession_types." + entry.getKey();
            String profession = entry.getValue() == null ? null : entry.getValue().strip().toLowerCase(Locale.ROOT);
            if (!professions.containsKey(entry.getKey())) {
                errors.add(isType(entry.getKey()) ? field : "profession_types", TYPE_WITHOUT_RATE);
                valid = false;
            } else if (profession == null || !PROFESSIONS.contains(profession)) {
                errors.add(field, UNKNOWN_PROFESSION);
                valid = false;
            } else {
                professions.put(entry.getKey(), ProfessionType.valueOf(profession.toUpperCase(Locale.ROOT)));
            }
        }
        return valid;
    }

    private static Map<String, Money> perHourOf(Map<String, RateLine> current) {
        Map<String, Money> rates = new LinkedHashMap<>();
        current.forEach((type, line) -> rates.put(type, line.perHour()));
        return rates;
    }

    static boolean isType(String type) {
        return type != null && TYPE.matcher(type).matches() && type.equals(type.strip());
    }

    private static boolean isHourlyRate(BigDecimal rupees, BigDecimal mostPerHour) {
        return rupees != null && rupees.compareTo(LEAST_PER_HOUR) >= 0 && rupees.compareTo(mostPerHour) <= 0
                && rupees.stripTrailingZeros().scale() <= 2;
    }
}
