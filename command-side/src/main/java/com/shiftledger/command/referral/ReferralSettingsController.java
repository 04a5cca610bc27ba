package com.shiftledger.command.referral;

import com.shiftledger.api.identity.Caller;
import com.shiftledger.api.money.Coins;
import com.shiftledger.api.platform.PlatformCalendar;
import com.shiftledger.api.referral.ChangeReferralSettingsCommand;
import com.shiftledger.api.referral.FindReferralTermsQuery;
import com.shiftledger.api.referral.ReferralTerms;
import com.shiftledger.api.rejection.FieldErrors;
import com.shiftledger.api.rest.ApiResponse;
import com.shiftledger.command.web.ReadAfterWrite;
import com.shiftledger.command.web.StrictJson;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;

/**
 * An admin sets the referral bonuses and the coin exchange rate; each change is recorded as an event (who changed
 * the terms, from what to what) and applies to the referrals and redemptions after it.
 */
@RestController
@Tag(name = "Referrals")
class ReferralSettingsController {

    static final long LARGEST_BONUS = 1_000_000;
    static final BigDecimal LARGEST_RATE = new BigDecimal("1000");
    static final int RATE_DECIMALS = 4;
    static final String SETTINGS_UPDATED = "Referral settings updated successfully";

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final ReadAfterWrite readAfterWrite;
    private final PlatformCalendar calendar;

    ReferralSettingsController(CommandGateway commands, QueryGateway queries, ReadAfterWrite readAfterWrite,
                               PlatformCalendar calendar) {
        this.commands = commands;
        this.queries = queries;
        this.readAfterWrite = readAfterWrite;
        this.calendar = calendar;
    }

    /** The seed's body of {@code POST /admin/referrals/settings}; a field left out keeps its value. */
    @StrictJson
    record ReferralSettingsRequest(BigDecimal referralBonus, BigDecimal refereeBonus, BigDecimal coinExchangeRate) {
    }

    /** The seed's answer: the bonuses in whole coins, the rupees one coin is worth. */
    record ReferralSettingsAnswer(long referralBonus, long refereeBonus, BigDecimal coinExchangeRate) {

        static ReferralSettingsAnswer of(ReferralTerms terms) {
            return new ReferralSettingsAnswer(terms.referralBonus().count(), terms.refereeBonus().count(),
                    ReferralController.shown(terms.coinExchangeRate()));
        }
    }

    @PostMapping("/api/v1/admin/referrals/settings")
    @Operation(summary = "Set the referral bonuses and the coin exchange rate",
            description = "referral_bonus (coins to the referrer) and referee_bonus (coins to the new user): whole "
                    + "numbers from 0 to 1000000; coin_exchange_rate: rupees one coin is worth when redeemed, above 0 "
                    + "and at most 1000, with at most 4 decimals. A field left out keeps its value. A change applies "
                    + "to referrals recorded and coins redeemed after it.")
    ApiResponse<ReferralSettingsAnswer> change(@AuthenticationPrincipal Caller caller,
                                               @RequestBody ReferralSettingsRequest request) {
        ReferralTerms current = queries.query(new FindReferralTermsQuery(), ReferralTerms.class).join();
        ReferralTerms next = checked(request, current);
        ReferralTerms terms = commands.sendAndWait(new ChangeReferralSettingsCommand(
                ChangeReferralSettingsCommand.REFERRALS, next, caller.userId(), caller.name(), calendar.now()));
        readAfterWrite.referralTermsInForce(terms);
        return ApiResponse.ok(SETTINGS_UPDATED, ReferralSettingsAnswer.of(terms));
    }

    private static ReferralTerms checked(ReferralSettingsRequest request, ReferralTerms current) {
        FieldErrors errors = new FieldErrors();
        Coins referralBonus = bonus(errors, "referral_bonus", request.referralBonus(), current.referralBonus());
        Coins refereeBonus = bonus(errors, "referee_bonus", request.refereeBonus(), current.refereeBonus());
        BigDecimal rate = request.coinExchangeRate() == null ? current.coinExchangeRate() : request.coinExchangeRate();
        if (rate.signum() <= 0 || rate.compareTo(LARGEST_RATE) > 0
                || rate.stripTrailingZeros().scale() > RATE_DECIMALS) {
            errors.add("coin_exchange_rate", "The coin exchange rate must be a number above 0 and at most 1000, with "
                    + "at most 4 decimals.");
        }
        errors.throwIfAny();
        BigDecimal plain = rate.stripTrailingZeros();
        return new ReferralTerms(referralBonus, refereeBonus, plain.scale() < 0 ? plain.setScale(0) : plain);
    }

    private static Coins bonus(FieldErrors errors, String field, BigDecimal value, Coins current) {
        if (value == null) {
            return current;
        }
        if (value.signum() < 0 || value.stripTrailingZeros().scale() > 0
                || value.compareTo(BigDecimal.valueOf(LARGEST_BONUS)) > 0) {
            errors.add(field, "The " + field.replace('_', ' ') + " must be a whole number of coins from 0 to "
                    + LARGEST_BONUS + ".");
            return current;
        }
        return Coins.of(value.longValueExact());
    }
}
