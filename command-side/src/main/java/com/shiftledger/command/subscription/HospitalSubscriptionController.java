package com.shiftledger.command.subscription;

import com.shiftledger.api.identity.Caller;
import com.shiftledger.api.money.Money;
import com.shiftledger.api.platform.PlatformCalendar;
import com.shiftledger.api.rejection.RejectedException;
import com.shiftledger.api.rest.ApiResponse;
import com.shiftledger.api.subscription.FindSubscriptionPlanQuery;
import com.shiftledger.api.subscription.FreePlan;
import com.shiftledger.api.subscription.HospitalSubscriptionId;
import com.shiftledger.api.subscription.HospitalSubscriptionView;
import com.shiftledger.api.subscription.PlanTerms;
import com.shiftledger.api.subscription.RequestSubscriptionPurchaseCommand;
import com.shiftledger.api.subscription.SubscriptionPlanId;
import com.shiftledger.api.subscription.SubscriptionPlanView;
import com.shiftledger.api.subscription.SubscriptionPurchaseView;
import com.shiftledger.api.subscription.SubscriptionTerm;
import com.shiftledger.api.wallet.WalletId;
import com.shiftledger.command.web.PaysFromWallet;
import com.shiftledger.command.web.ReadAfterWrite;
import com.shiftledger.command.web.RequestReference;
import com.shiftledger.command.web.StrictJson;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A hospital pays for a plan from its wallet ({@code hospital:{h} → platform:revenue}, category
 * {@code subscription}, or 402: the purchase is requested as an event and the purchase process pays it), and sees
 * the subscription in force (the free plan without one); its monthly limits are {@link MonthlyLimitController}'s.
 */
@RestController
@Tag(name = "Hospital subscription")
class HospitalSubscriptionController {

    static final String SUBSCRIBED = "Subscription successful";
    static final String ACTIVE = "active";
    static final String PAYMENT_PENDING = "The payment for the subscription is still being processed; send the "
            + "request again with the same Idempotency-Key to see its outcome.";

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final ReadAfterWrite readAfterWrite;
    private final SubscriptionLimits limits;
    private final PlatformCalendar calendar;

    HospitalSubscriptionController(CommandGateway commands, QueryGateway queries, ReadAfterWrite readAfterWrite,
                                   SubscriptionLimits limits, PlatformCalendar calendar) {
        this.commands = commands;
        this.queries = queries;
        this.readAfterWrite = readAfterWrite;
        this.limits = limits;
        this.calendar = calendar;
    }

    /** The body of {@code POST /hospital/subscription/subscribe}. */
    @StrictJson
    record SubscribeRequest(
            @NotNull(message = "The plan id field is required.")
            @Positive(message = "The plan id must be a positive number.") Long planId,
            @NotNull(message = "The duration months field is required.") Integer durationMonths) {
    }

    /** The seed's answer, with what was paid; {@code expires_at} is the last day in force (platform time zone). */
    record Subscribed(String status, LocalDate expiresAt, long planId, int durationMonths, Money amountPaid,
                      String transactionId) {
    }

    /** The plan in force: a paid one with its term (its last day in force), or the free plan. */
    record CurrentSubscription(Long id, String status, Plan plan, Instant startsAt, LocalDate expiresAt) {
    }

    /** The limits and price of the plan in force. */
    record Plan(Long id, String name, Money pricePerMonth, Integer shiftLimit, Integer rosterLimit,
                Integer vacancyLimit, Integer sosLimit) {
    }

    @PostMapping("/api/v1/hospital/subscription/subscribe")
    @PaysFromWallet
    @Operation(summary = "Pay for an active plan for duration_months (1, 6 or 12) from the wallet: price_per_month × "
            + "months less that duration's discount, half-up to the paisa (402 when the wallet is short)",
            description = "A renewal before expiry extends the subscription from its current expiry.")
    ApiResponse<Subscribed> subscribe(@AuthenticationPrincipal Caller caller, RequestReference reference,
                                      @Valid @RequestBody SubscribeRequest request) {
        long hospitalId = caller.requireHospitalId();
        WalletId walletId = caller.requireWallet();
        int months = request.durationMonths();
        if (!PlanTerms.DURATIONS.contains(months)) {
            throw RejectedException.invalid("duration_months", "The duration months must be 1, 6 or 12.");
        }
        SubscriptionPlanView plan = queries.query(new FindSubscriptionPlanQuery(
                new SubscriptionPlanId(request.planId())), SubscriptionPlanView.class).join();
        if (plan == null || !plan.terms().active()) {
            throw RejectedException.invalid("plan_id", "The selected plan id is invalid.");
        }
        Money price = plan.terms().priceFor(months);
        String paymentReference = reference.or("subscription:" + hospitalId + ":" + UUID.randomUUID());
        commands.sendAndWait(new RequestSubscriptionPurchaseCommand(new HospitalSubscriptionId(hospitalId),
                new SubscriptionPlanId(plan.id()), plan.terms(), months, price, walletId, paymentReference,
                calendar.zone().getId(), calendar.now()));
        SubscriptionPurchaseView purchase = readAfterWrite.purchase(paymentReference)
                .orElseThrow(() -> RejectedException.stillProcessing(PAYMENT_PENDING));
        if (purchase.isRefused()) {
            throw RejectedException.insufficientBalance(purchase.required(), purchase.balance());
        }
        readAfterWrite.transaction(purchase.transactionId());
        return ApiResponse.ok(SUBSCRIBED, new Subscribed(ACTIVE,
                SubscriptionTerm.lastDayInForce(purchase.expiresAt(), calendar.zone()), purchase.planId(),
                purchase.months(), purchase.price(), purchase.transactionId()));
    }

    @GetMapping("/api/v1/hospital/subscription")
    @Operation(summary = "The subscription in force, or the free plan (its limits are shiftledger.subscription.*)")
    ApiResponse<CurrentSubscription> current(@AuthenticationPrincipal Caller caller) {
        return ApiResponse.ok(limits.inForce(caller.requireHospitalId()).map(this::onPlan)
                .orElseGet(this::free));
    }

    private CurrentSubscription onPlan(HospitalSubscriptionView subscription) {
        PlanTerms terms = subscription.plan();
        return new CurrentSubscription(subscription.planId(), ACTIVE, new Plan(subscription.planId(), terms.name(),
                terms.pricePerMonth(), terms.shiftLimit(), terms.rosterLimit(), terms.vacancyLimit(),
                terms.sosLimit()), subscription.startsAt(), subscription.lastDayInForce(calendar.zone()));
    }

    private CurrentSubscription free() {
        FreePlan freePlan = limits.freePlan();
        return new CurrentSubscription(null, ACTIVE, new Plan(null, FreePlan.NAME, Money.ZERO, freePlan.shiftLimit(),
                freePlan.rosterLimit(), freePlan.vacancyLimit(), freePlan.sosLimit()), null, null);
    }
}
