package com.shiftledger.query.referral;

import com.shiftledger.api.referral.FindReferralTermsQuery;
import com.shiftledger.api.referral.ReferralTerms;
import com.shiftledger.api.rest.ApiResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;

/** The admin's read of the referral settings in force, in the seed's shape. */
@RestController
@Tag(name = "Referrals")
class ReferralSettingsQueryController {

    private final QueryGateway queries;

    ReferralSettingsQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    /** The seed's settings: the bonuses in whole coins and the rupees one coin is worth ({@code 1.0}). */
    record ReferralSettingsAnswer(long referralBonus, long refereeBonus, BigDecimal coinExchangeRate) {
    }

    @GetMapping("/api/v1/admin/referrals/settings")
    @Operation(summary = "The referral settings in force: referral_bonus and referee_bonus in coins, "
            + "coin_exchange_rate in rupees a coin")
    ApiResponse<ReferralSettingsAnswer> settings() {
        ReferralTerms terms = queries.query(new FindReferralTermsQuery(), ReferralTerms.class).join();
        BigDecimal rate = terms.coinExchangeRate().stripTrailingZeros();
        return ApiResponse.ok(new ReferralSettingsAnswer(terms.referralBonus().count(), terms.refereeBonus().count(),
                rate.scale() < 1 ? rate.setScale(1) : rate));
    }
}
