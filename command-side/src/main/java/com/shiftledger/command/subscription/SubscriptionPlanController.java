package com.shiftledger.command.subscription;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.shiftledger.api.identity.Caller;
import com.shiftledger.api.money.Money;
import com.shiftledger.api.platform.PlatformCalendar;
import com.shiftledger.api.rejection.RejectedException;
import com.shiftledger.api.rest.ApiResponse;
import com.shiftledger.api.subscription.CreateSubscriptionPlanCommand;
import com.shiftledger.api.subscription.FindSubscriptionPlanQuery;
import com.shiftledger.api.subscription.PlanTerms;
import com.shiftledger.api.subscription.ReviseSubscriptionPlanCommand;
import com.shiftledger.api.subscription.SubscriptionPlanId;
import com.shiftledger.api.subscription.SubscriptionPlanView;
import com.shiftledger.command.web.IdSequences;
import com.shiftledger.command.web.ReadAfterWrite;
import com.shiftledger.command.web.RupeeAmount;
import com.shiftledger.command.web.StrictJson;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;

/** An admin creates and revises the subscription plans hospitals pay for; each change is an event. */
@RestController
@Tag(name = "Admin subscription plans")
class SubscriptionPlanController {

    static final String CREATED = "Subscription plan created successfully";
    static final String UPDATED = "Subscription plan updated successfully";
    static final String NOT_FOUND = "Subscription plan not found.";

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final IdSequences ids;
    private final ReadAfterWrite readAfterWrite;
    private final PlatformCalendar calendar;

    SubscriptionPlanController(CommandGateway commands, QueryGateway queries, IdSequences ids,
                               ReadAfterWrite readAfterWrite, PlatformCalendar calendar) {
        this.commands = commands;
        this.queries = queries;
        this.ids = ids;
        this.readAfterWrite = readAfterWrite;
        this.calendar = calendar;
    }

    /** The body of {@code POST} and {@code PUT /admin/finance/subscription-plans}: limits null = unlimited. */
    @StrictJson
    record PlanRequest(
            @NotBlank(message = "The name field is required.")
            @Size(max = 255, message = "The name may not be greater than 255 characters.") String name,
            @JsonAlias("price")
            @NotNull(message = "The price per month field is required.")
            @RupeeAmount(message = "The price per month must be a positive amount with at most two decimals.")
            BigDecimal pricePerMonth,
            @PositiveOrZero(message = "The shift limit must be a whole number of 0 or more.") Integer shiftLimit,
            @PositiveOrZero(message = "The roster limit must be a whole number of 0 or more.") Integer rosterLimit,
            @PositiveOrZero(message = "The vacancy limit must be a whole number of 0 or more.") Integer vacancyLimit,
            @PositiveOrZero(message = "The sos limit must be a whole number of 0 or more.") Integer sosLimit,
            @JsonProperty("discount_6_months_percent")
            @DecimalMin(value = "0", message = "The discount 6 months percent must be a number from 0 to below 100 with at most two decimals.")
            @DecimalMax(value = "100", inclusive = false, message = "The discount 6 months percent must be a number from 0 to below 100 with at most two decimals.")
            @Digits(integer = 2, fraction = 2, message = "The discount 6 months percent must be a number from 0 to below 100 with at most two decimals.") BigDecimal discountSixMonthsPercent,
            @JsonProperty("discount_12_months_percent")
            @DecimalMin(value = "0", message = "The discount 12 months percent must be a number from 0 to below 100 with at most two decimals.")
            @DecimalMax(value = "100", inclusive = false, message = "The discount 12 months percent must be a number from 0 to below 100 with at most two decimals.")
            @Digits(integer = 2, fraction = 2, message = "The discount 12 months percent must be a number from 0 to below 100 with at most two decimals.") BigDecimal discountTwelveMonthsPercent,
            Boolean isActive) {
    }

    /** A plan as the seed's finance pages show it. */
    record PlanAnswer(long id, String name, Money pricePerMonth, Integer shiftLimit, Integer rosterLimit,
                      Integer vacancyLimit, Integer sosLimit,
                      @JsonProperty("discount_6_months_percent") BigDecimal discountSixMonthsPercent,
                      @JsonProperty("discount_12_months_percent") BigDecimal discountTwelveMonthsPercent,
                      boolean isActive) {

        static PlanAnswer of(long id, PlanTerms terms) {
            return new PlanAnswer(id, terms.name(), terms.pricePerMonth(), terms.shiftLimit(), terms.rosterLimit(),
                    terms.vacancyLimit(), terms.sosLimit(), terms.discountSixMonthsPercent(),
                    terms.discountTwelveMonthsPercent(), terms.active());
        }
    }

    @PostMapping("/api/v1/admin/finance/subscription-plans")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a subscription plan: name, price_per_month (rupees), the monthly shift_limit, "
            + "roster_limit, vacancy_limit and sos_limit (null = unlimited), discount_6_months_percent and "
            + "discount_12_months_percent (0 to 100), is_active (default true)")
    ResponseEntity<ApiResponse<PlanAnswer>> create(@AuthenticationPrincipal Caller caller,
                                                   @Valid @RequestBody PlanRequest request) {
        PlanTerms terms = checked(request);
        SubscriptionPlanId planId = new SubscriptionPlanId(ids.nextSubscriptionPlanId());
        commands.sendAndWait(new CreateSubscriptionPlanCommand(planId, terms, caller.userId(), calendar.now()));
        readAfterWrite.plan(planId, terms);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(ApiResponse.ok(CREATED, PlanAnswer.of(planId.value(), terms)));
    }

    @PutMapping("/api/v1/admin/finance/subscription-plans/{id}")
    @Operation(summary = "Replace a subscription plan's terms (the same body as POST); subscriptions already paid "
            + "keep the terms they were paid on")
    ApiResponse<PlanAnswer> revise(@AuthenticationPrincipal Caller caller, @PathVariable("id") long id,
                                   @Valid @RequestBody PlanRequest request) {
        SubscriptionPlanId planId = existing(id);
        PlanTerms terms = checked(request);
        PlanTerms now = commands.sendAndWait(new ReviseSubscriptionPlanCommand(planId, terms, caller.userId(),
                calendar.now()));
        readAfterWrite.plan(planId, now);
        return ApiResponse.ok(UPDATED, PlanAnswer.of(id, now));
    }

    private SubscriptionPlanId existing(long id) {
        if (id <= 0) {
            throw RejectedException.notFound(NOT_FOUND);
        }
        SubscriptionPlanId planId = new SubscriptionPlanId(id);
        if (queries.query(new FindSubscriptionPlanQuery(planId), SubscriptionPlanView.class).join() == null) {
            throw RejectedException.notFound(NOT_FOUND);
        }
        return planId;
    }

    /** The request's terms; the discounts were checked with the other fields, so every error is told at once. */
    private static PlanTerms checked(PlanRequest request) {
        return new PlanTerms(request.name().strip(), Money.ofRupees(request.pricePerMonth()), request.shiftLimit(),
                request.rosterLimit(), request.vacancyLimit(), request.sosLimit(),
                discount(request.discountSixMonthsPercent()), discount(request.discountTwelveMonthsPercent()),
                request.isActive() == null || request.isActive());
    }

    private static BigDecimal discount(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value.setScale(2);
    }
}
