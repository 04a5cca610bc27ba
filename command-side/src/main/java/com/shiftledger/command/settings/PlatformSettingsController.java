package com.shiftledger.command.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.shiftledger.api.identity.Caller;
import com.shiftledger.command.alert.LowBalanceThresholdInput;
import com.shiftledger.api.money.Money;
import com.shiftledger.api.platform.ChangePlatformSettingsCommand;
import com.shiftledger.api.platform.PlatformCalendar;
import com.shiftledger.api.platform.PlatformTerms;
import com.shiftledger.api.platform.SettingsChanges;
import com.shiftledger.api.platform.SosTier;
import com.shiftledger.api.refund.RefundTerms;
import com.shiftledger.api.rejection.FieldErrors;
import com.shiftledger.api.rest.ApiResponse;
import com.shiftledger.api.subscription.FreePlan;
import io.swagger.v3.oas.annotations.media.Schema;
import com.shiftledger.command.web.ReadAfterWrite;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An admin changes any subset of the platform's settings; each change is recorded as an event (who changed what
 * from which value to which) and applies to what starts after it.
 */
@RestController
@Tag(name = "Admin settings")
class PlatformSettingsController {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    static final Duration LONGEST_HOLD = Duration.ofDays(90);
    static final int LONGEST_TIER_MINUTES = 7 * 24 * 60;
    private static final Pattern TIER_KEY = Pattern.compile("[a-z0-9_]{1,40}");

    private final CommandGateway commands;
    private final ReadAfterWrite readAfterWrite;
    private final PlatformTerms configured;
    private final PlatformCalendar calendar;

    PlatformSettingsController(CommandGateway commands, ReadAfterWrite readAfterWrite, PlatformTerms configured,
                               PlatformCalendar calendar) {
        this.commands = commands;
        this.readAfterWrite = readAfterWrite;
        this.configured = configured;
        this.calendar = calendar;
    }

    /** The body of {@code POST /admin/settings}: every field optional. */
    record SettingsRequest(BigDecimal serviceChargePercent, BigDecimal refundFeePercent, String refundHoldPeriod,
                           List<TierRequest> sosTiers, BigDecimal lowBalanceThreshold,
                           @Schema(type = "integer", nullable = true, minimum = "0", maximum = "1000000",
                                   description = "The free plan's shifts per month; null: unlimited")
                           JsonNode freePlanShiftLimit,
                           @Schema(type = "integer", nullable = true, minimum = "0", maximum = "1000000",
                                   description = "The free plan's SOS requests per month; null: unlimited")
                           JsonNode freePlanSosLimit,
                           @Schema(type = "integer", nullable = true, minimum = "0", maximum = "1000000",
                                   description = "The free plan's rosters per month; null: unlimited")
                           JsonNode freePlanRosterLimit,
                           @Schema(type = "integer", nullable = true, minimum = "0", maximum = "1000000",
                                   description = "The free plan's vacancies per month; null: unlimited")
                           JsonNode freePlanVacancyLimit) {
    }

    /** One of the seed's tier objects. */
    record TierRequest(String key, String label, Integer minutes, BigDecimal extraPayPercent) {
    }

    /** The seed's settings: percentages, the hold period in ISO-8601, the tiers; the low-balance threshold. */
    record Settings(BigDecimal serviceChargePercent, BigDecimal refundFeePercent, String refundHoldPeriod,
                    List<TierAnswer> sosTiers, Money lowBalanceThreshold,
                    Integer freePlanShiftLimit, Integer freePlanSosLimit, Integer freePlanRosterLimit,
                    Integer freePlanVacancyLimit) {

        static Settings of(PlatformTerms terms) {
            return new Settings(terms.serviceChargePercent(), terms.refund().feePercent(),
                    RefundTerms.iso(terms.refund().holdPeriod()),
                    terms.sosTiers().stream().map(TierAnswer::of).toList(), terms.lowBalanceThreshold(),
                    terms.freePlan().shiftLimit(), terms.freePlan().sosLimit(), terms.freePlan().rosterLimit(),
                    terms.freePlan().vacancyLimit());
        }
    }

    /** A tier as the seed shows it. */
    record TierAnswer(String key, String label, int minutes, BigDecimal extraPayPercent) {

        static TierAnswer of(SosTier tier) {
            return new TierAnswer(tier.key(), tier.label(), tier.minutes(), tier.extraPayPercent());
        }
    }

    @PostMapping("/api/v1/admin/settings")
    @Operation(summary = "Change any of the platform's settings: service_charge_percent and refund_fee_percent "
            + "(0 to 100), refund_hold_period (ISO-8601, for example P7D, at most P90D), sos_tiers and "
            + "low_balance_threshold (rupees, 0 or more), free_plan_shift_limit, free_plan_sos_limit, "
            + "free_plan_roster_limit and free_plan_vacancy_limit (a month's shifts, SOS requests, rosters and "
            + "vacancies of a hospital without a subscription, 0 to 1000000, null for no limit)",
            description = "A change applies to what starts after it: a shift keeps the service charge and refund "
                    + "terms it was created with, an SOS the tier percent it was raised at. Every change is listed "
                    + "in /admin/settings/activity-logs with who made it and the old and new value. "
                    + "low_balance_threshold is the balance below which a hospital wallet raises a low amount alert, "
                    + "unless the hospital set its own (PUT /hospital/wallet/low-balance-threshold).")
    ApiResponse<Settings> change(@AuthenticationPrincipal Caller caller, @RequestBody SettingsRequest request) {
        SettingsChanges changes = checked(request);
        PlatformTerms terms = commands.sendAndWait(new ChangePlatformSettingsCommand(
                ChangePlatformSettingsCommand.PLATFORM, configured, changes, caller.userId(), caller.name(),
                calendar.now()));
        readAfterWrite.termsInForce(terms);
        return ApiResponse.ok("Settings updated successfully", Settings.of(terms));
    }

    private static SettingsChanges checked(SettingsRequest request) {
        FieldErrors errors = new FieldErrors();
        percent(errors, "service_charge_percent", request.serviceChargePercent());
        percent(errors, "refund_fee_percent", request.refundFeePercent());
        Duration hold = holdPeriod(errors, request.refundHoldPeriod());
        List<SosTier> tiers = tiers(errors, request.sosTiers());
        Money threshold = LowBalanceThresholdInput.read(errors, "low_balance_threshold",
                request.lowBalanceThreshold());
        SettingsChanges.Limit shifts = limit(errors, "free_plan_shift_limit", request.freePlanShiftLimit());
        SettingsChanges.Limit sos = limit(errors, "free_plan_sos_limit", request.freePlanSosLimit());
        SettingsChanges.Limit rosters = limit(errors, "free_plan_roster_limit", request.freePlanRosterLimit());
        SettingsChanges.Limit vacancies = limit(errors, "free_plan_vacancy_limit", request.freePlanVacancyLimit());
        errors.throwIfAny();
        return new SettingsChanges(request.serviceChargePercent(), request.refundFeePercent(), hold, tiers,
                threshold, shifts, sos, rosters, vacancies);
    }

    /** A free plan limit: absent, unchanged; null, unlimited; else a whole number from 0 to {@link FreePlan#MOST}. */
    private static SettingsChanges.Limit limit(FieldErrors errors, String field, JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return null;
        }
        if (value.isNull()) {
            return new SettingsChanges.Limit(null);
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 0
                || value.intValue() > FreePlan.MOST) {
            errors.add(field, "The " + field.replace('_', ' ') + " must be a whole number from 0 to " + FreePlan.MOST
                    + ", or null for no limit.");
            return null;
        }
        return new SettingsChanges.Limit(value.intValue());
    }

    private static void percent(FieldErrors errors, String field, BigDecimal value) {
        if (value != null && (value.signum() < 0 || value.compareTo(HUNDRED) > 0 || value.scale() > 2)) {
            errors.add(field, "The " + field.replace('_', ' ') + " must be a number from 0 to 100 with at most two "
                    + "decimals.");
        }
    }

    private static Duration holdPeriod(FieldErrors errors, String value) {
        if (value == null) {
            return null;
        }
        try {
            Duration hold = Duration.parse(value.strip());
            if (hold.isNegative() || hold.isZero() || hold.compareTo(LONGEST_HOLD) > 0) {
                errors.add("refund_hold_period", "The refund hold period must be longer than zero and at most "
                        + "90 days (P90D).");
            }
            return hold;
        } catch (DateTimeParseException e) {
            errors.add("refund_hold_period", "The refund hold period must be an ISO-8601 duration, for example P7D "
                    + "(7 days) or PT12H (12 hours).");
            return null;
        }
    }

    private static List<SosTier> tiers(FieldErrors errors, List<TierRequest> requested) {
        if (requested == null) {
            return null;
        }
        if (requested.isEmpty()) {
            errors.add("sos_tiers", "The sos tiers must list at least one tier.");
            return null;
        }
        List<SosTier> tiers = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            TierRequest tier = requested.get(i);
            String prefix = "sos_tiers." + i + ".";
            if (tier == null) {
                errors.add("sos_tiers." + i, "Each tier must be an object with key, label, minutes and "
                        + "extra_pay_percent.");
                continue;
            }
            int before = tiers.size();
            boolean valid = true;
            if (tier.key() == null || !TIER_KEY.matcher(tier.key()).matches()) {
                errors.add(prefix + "key", "The key must be 1 to 40 lower-case letters, digits or underscores.");
                valid = false;
            } else if (!keys.add(tier.key())) {
                errors.add(prefix + "key", "The key " + tier.key() + " is used by another tier.");
                valid = false;
            }
            if (tier.label() == null || tier.label().isBlank() || tier.label().length() > 100) {
                errors.add(prefix + "label", "The label is required and may not be greater than 100 characters.");
                valid = false;
            }
            if (tier.minutes() == null || tier.minutes() < 1 || tier.minutes() > LONGEST_TIER_MINUTES) {
                errors.add(prefix + "minutes", "The minutes must be a whole number from 1 to "
                        + LONGEST_TIER_MINUTES + ".");
                valid = false;
            }
            BigDecimal percent = tier.extraPayPercent();
            if (percent == null || percent.signum() <= 0 || percent.compareTo(HUNDRED) > 0 || percent.scale() > 2) {
                errors.add(prefix + "extra_pay_percent", "The extra pay percent must be above 0 and at most 100, "
                        + "with at most two decimals.");
                valid = false;
            }
            if (valid && tiers.size() == before) {
                tiers.add(new SosTier(tier.key(), tier.label().strip(), tier.minutes(), percent));
            }
        }
        return tiers;
    }
}
