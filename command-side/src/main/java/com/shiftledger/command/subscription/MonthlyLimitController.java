package com.shiftledger.command.subscription;

import com.shiftledger.api.identity.Caller;
import com.shiftledger.api.rest.ApiResponse;
import com.shiftledger.api.subscription.MonthlyUse;
import com.shiftledger.command.web.StrictJson;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a hospital has used of its plan's monthly limits ({@code check-*-limit}: used, limit, remaining, resets_at),
 * and the claims of ShiftPro's roster and vacancy services, which make rosters and vacancies outside the ledger:
 * each claims one of the month's before it makes one (403 past the limit), and gives it back when it was not made.
 * Shifts and SOS requests made here claim theirs themselves.
 */
@RestController
@Tag(name = "Hospital subscription")
class MonthlyLimitController {

    static final String CLAIMED = "Claimed";
    static final String RELEASED = "Released";

    private final SubscriptionLimits limits;

    MonthlyLimitController(SubscriptionLimits limits) {
        this.limits = limits;
    }

    /** The body of the roster and vacancy claims: the roster's or vacancy's own id in the service that makes it. */
    @StrictJson
    record ClaimRequest(
            @NotBlank(message = "The reference field is required.")
            @Pattern(regexp = "[A-Za-z0-9._:-]{1,100}", message = "The reference is 1 to 100 letters, digits, "
                    + "dots, dashes, underscores or colons.") String reference) {
    }

    @GetMapping("/api/v1/hospital/subscription/check-shift-limit")
    @Operation(summary = "The shifts created this month (platform time zone; drafts and cancelled ones counted, "
            + "those discarded because the wallet was short not), the plan's monthly limit (null = unlimited), what "
            + "remains and when the count starts again")
    ApiResponse<MonthlyAllowance> checkShiftLimit(@AuthenticationPrincipal Caller caller) {
        return ApiResponse.ok(limits.allowance(caller.requireHospitalId(), MonthlyUse.SHIFT));
    }

    @GetMapping("/api/v1/hospital/subscription/check-sos-limit")
    @Operation(summary = "The SOS requests raised this month (platform time zone, abandoned ones not counted), the "
            + "plan's monthly limit (null = unlimited), what remains and when the count starts again")
    ApiResponse<MonthlyAllowance> checkSosLimit(@AuthenticationPrincipal Caller caller) {
        return ApiResponse.ok(limits.allowance(caller.requireHospitalId(), MonthlyUse.SOS));
    }

    @GetMapping("/api/v1/hospital/subscription/check-roster-limit")
    @Operation(summary = "The rosters claimed this month (platform time zone, given-back ones not counted), the "
            + "plan's monthly limit (null = unlimited), what remains and when the count starts again")
    ApiResponse<MonthlyAllowance> checkRosterLimit(@AuthenticationPrincipal Caller caller) {
        return ApiResponse.ok(limits.allowance(caller.requireHospitalId(), MonthlyUse.ROSTER));
    }

    @GetMapping("/api/v1/hospital/subscription/check-vacancy-limit")
    @Operation(summary = "The vacancies claimed this month (platform time zone, given-back ones not counted), the "
            + "plan's monthly limit (null = unlimited), what remains and when the count starts again")
    ApiResponse<MonthlyAllowance> checkVacancyLimit(@AuthenticationPrincipal Caller caller) {
        return ApiResponse.ok(limits.allowance(caller.requireHospitalId(), MonthlyUse.VACANCY));
    }

    @PostMapping("/api/v1/hospital/subscription/claim-roster")
    @Operation(summary = "Claim one of this month's rosters before making it (ShiftPro's roster service): answers "
            + "the roster limit after the claim, or 403 past it (\"Free roster limit exhausted, subscription "
            + "required\" on the free plan); the same reference again is the same claim")
    ApiResponse<MonthlyAllowance> claimRoster(@AuthenticationPrincipal Caller caller,
                                              @Valid @RequestBody ClaimRequest request) {
        return claim(caller, MonthlyUse.ROSTER, request);
    }

    @PostMapping("/api/v1/hospital/subscription/release-roster")
    @Operation(summary = "Give back a roster claim whose roster was not made; it no longer counts this month")
    ApiResponse<MonthlyAllowance> releaseRoster(@AuthenticationPrincipal Caller caller,
                                                @Valid @RequestBody ClaimRequest request) {
        return release(caller, MonthlyUse.ROSTER, request);
    }

    @PostMapping("/api/v1/hospital/subscription/claim-vacancy")
    @Operation(summary = "Claim one of this month's vacancies before posting it (ShiftPro's vacancy service): "
            + "answers the vacancy limit after the claim, or 403 past it (\"Free vacancy limit exhausted, "
            + "subscription required\" on the free plan); the same reference again is the same claim")
    ApiResponse<MonthlyAllowance> claimVacancy(@AuthenticationPrincipal Caller caller,
                                               @Valid @RequestBody ClaimRequest request) {
        return claim(caller, MonthlyUse.VACANCY, request);
    }

    @PostMapping("/api/v1/hospital/subscription/release-vacancy")
    @Operation(summary = "Give back a vacancy claim whose vacancy was not posted; it no longer counts this month")
    ApiResponse<MonthlyAllowance> releaseVacancy(@AuthenticationPrincipal Caller caller,
                                                 @Valid @RequestBody ClaimRequest request) {
        return release(caller, MonthlyUse.VACANCY, request);
    }

    private ApiResponse<MonthlyAllowance> claim(Caller caller, MonthlyUse use, ClaimRequest request) {
        long hospitalId = caller.requireHospitalId();
        limits.claim(hospitalId, use, request.reference());
        return ApiResponse.ok(CLAIMED, limits.allowance(hospitalId, use));
    }

    private ApiResponse<MonthlyAllowance> release(Caller caller, MonthlyUse use, ClaimRequest request) {
        long hospitalId = caller.requireHospitalId();
        limits.release(hospitalId, use, request.reference());
        return ApiResponse.ok(RELEASED, limits.allowance(hospitalId, use));
    }
}
