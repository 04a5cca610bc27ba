package com.shiftledger.query.subscription;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.shiftledger.api.money.Money;
import com.shiftledger.api.rest.ApiResponse;
import com.shiftledger.api.subscription.FindSubscriptionPlansQuery;
import com.shiftledger.api.subscription.PlanTerms;
import com.shiftledger.api.subscription.SubscriptionPlanList;
import com.shiftledger.api.subscription.SubscriptionPlanView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The subscription plans: all of them for the admin, the active ones for hospitals choosing one. */
@RestController
@Tag(name = "Subscription plans")
class SubscriptionPlanQueryController {

    private final QueryGateway queries;

    SubscriptionPlanQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    /** A plan with its price for each duration, after that duration's discount. */
    record Plan(long id, String name, Money pricePerMonth, Integer shiftLimit, Integer rosterLimit,
                Integer vacancyLimit, Integer sosLimit,
                @JsonProperty("discount_6_months_percent") BigDecimal discountSixMonthsPercent,
                @JsonProperty("discount_12_months_percent") BigDecimal discountTwelveMonthsPercent,
                @JsonProperty("price_6_months") Money priceSixMonths,
                @JsonProperty("price_12_months") Money priceTwelveMonths, boolean isActive, Instant createdAt,
                Instant updatedAt) {

        static Plan of(SubscriptionPlanView view) {
            PlanTerms terms = view.terms();
            return new Plan(view.id(), terms.name(), terms.pricePerMonth(), terms.shiftLimit(), terms.rosterLimit(),
                    terms.vacancyLimit(), terms.sosLimit(), terms.discountSixMonthsPercent(),
                    terms.discountTwelveMonthsPercent(), terms.priceFor(6), terms.priceFor(12), terms.active(),
                    view.createdAt(), view.updatedAt());
        }
    }

    @GetMapping("/api/v1/admin/finance/subscription-plans")
    @Operation(summary = "Every subscription plan, active or not, in the order created")
    ApiResponse<List<Plan>> all() {
        return ApiResponse.ok(plans(false));
    }

    @GetMapping("/api/v1/hospital/subscription-plans")
    @Operation(summary = "The active subscription plans a hospital may subscribe to")
    ApiResponse<List<Plan>> active() {
        return ApiResponse.ok(plans(true));
    }

    private List<Plan> plans(boolean activeOnly) {
        return queries.query(new FindSubscriptionPlansQuery(activeOnly), SubscriptionPlanList.class).join().plans()
                .stream().map(Plan::of).toList();
    }
}
