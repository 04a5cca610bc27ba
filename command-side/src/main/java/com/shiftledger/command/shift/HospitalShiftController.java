package com.shiftledger.command.shift;

import org.springframework.web.bind.annotation.ResponseStatus;
import com.shiftledger.api.identity.Caller;
import com.shiftledger.api.money.Money;
import com.shiftledger.api.platform.PlatformCalendar;
import com.shiftledger.api.rejection.FieldErrors;
import com.shiftledger.api.rest.ApiResponse;
import com.shiftledger.api.shift.ApplicationView;
import com.shiftledger.api.shift.CancelShiftCommand;
import com.shiftledger.api.shift.CheckInCommand;
import com.shiftledger.api.shift.CheckOutCommand;
import com.shiftledger.api.shift.CreateShiftCommand;
import com.shiftledger.api.shift.DecideShiftApplicationCommand;
import com.shiftledger.api.shift.FundingReference;
import com.shiftledger.api.shift.MarkNoShowCommand;
import com.shiftledger.api.shift.PayType;
import com.shiftledger.api.shift.PublishShiftCommand;
import com.shiftledger.api.shift.ReviseShiftCommand;
import com.shiftledger.api.shift.ShiftChange;
import com.shiftledger.api.shift.ShiftId;
import com.shiftledger.api.shift.ShiftSchedule;
import com.shiftledger.api.shift.ShiftTerms;
import com.shiftledger.api.shift.ShiftView;
import com.shiftledger.command.shift.ShiftResponses.RefundDetails;
import com.shiftledger.command.shift.ShiftResponses.WalletDeduction;
import com.shiftledger.api.subscription.MonthlyUse;
import com.shiftledger.command.subscription.SubscriptionLimits;
import com.shiftledger.command.web.IdSequences;
import com.shiftledger.command.web.PaysFromWallet;
import com.shiftledger.command.web.TermsInForce;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;

/** The hospital's shift endpoints that change something: create, publish, change, cancel, decide, attendance. */
@RestController
@RequestMapping("/api/v1/hospital")
@Tag(name = "Hospital shifts")
class HospitalShiftController {

    private final CommandGateway commands;
    private final IdSequences ids;
    private final ShiftResponses responses;
    private final PlatformCalendar calendar;
    private final TermsInForce termsInForce;
    private final SubscriptionLimits limits;

    HospitalShiftController(CommandGateway commands, IdSequences ids, ShiftResponses responses,
                            PlatformCalendar calendar, TermsInForce termsInForce, SubscriptionLimits limits) {
        this.commands = commands;
        this.ids = ids;
        this.responses = responses;
        this.calendar = calendar;
        this.termsInForce = termsInForce;
        this.limits = limits;
    }

    /** A shift answer with what the change did to the wallet. */
    record ShiftChangeResponse(boolean success, String message, ShiftView data, WalletDeduction walletTransaction,
                               RefundDetails refundDetails) {
    }

    @PostMapping("/shifts")
    @ResponseStatus(HttpStatus.CREATED)
    @PaysFromWallet
    @Operation(summary = "Create a shift as a draft, or published at once with \"status\": \"published\" "
            + "(its total is paid from the wallet into escrow; 402 when the wallet is short; 403 past the plan's "
            + "monthly shift limit)",
            description = "Required: title, shift_date (YYYY-MM-DD, today or later in the platform's time "
                    + "zone), start_time and end_time (HH:mm, 24-hour; an end at or before the start needs "
                    + "is_night_shift), profession_type, positions_required (1 to 100), pay_type (hourly or "
                    + "fixed) and pay_rate (rupees). Optional: description, department_id, priority "
                    + "(normal, urgent, critical), is_night_shift, is_emergency, status (draft or "
                    + "published). Answers 201.")
    ResponseEntity<ShiftChangeResponse> create(@AuthenticationPrincipal Caller caller,
                                               @Valid @RequestBody ShiftRequests.CreateShiftRequest request) {
        long hospitalId = caller.requireHospitalId();
        FieldErrors errors = new FieldErrors();
        LocalDate date = ShiftRequests.date(errors, request.shiftDate(), calendar);
        errors.throwIfAny();
        ShiftSchedule schedule = ShiftSchedule.of(date, ShiftRequests.time(request.startTime()),
                ShiftRequests.time(request.endTime()), Boolean.TRUE.equals(request.isNightShift()), calendar.zone());
        ShiftTerms terms = ShiftTerms.of(PayType.valueOf(request.payType().toUpperCase()),
                Money.ofRupees(request.payRate()), request.positionsRequired(), termsInForce.now());
        ShiftId shiftId = new ShiftId(ids.nextShiftId());
        SubscriptionLimits.Claim claim = limits.claim(hospitalId, MonthlyUse.SHIFT, shiftId.value());
        boolean publish = request.publishNow();
        try {
            commands.sendAndWait(new CreateShiftCommand(shiftId, hospitalId, caller.name(), caller.requireWallet(),
                    ShiftCodes.of(shiftId, date), request.details(), schedule, terms, caller.location(), publish,
                    null, calendar.now()));
        } catch (RuntimeException refused) {
            limits.release(claim);
            throw refused;
        }
        WalletDeduction deduction = publish ? limits.releasedIfShort(claim,
                () -> responses.paid(new FundingReference(shiftId, 1))) : null;
        ShiftView view = responses.shift(ShiftChange.at(shiftId, publish ? 1 : 0));
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new ShiftChangeResponse(true, "Shift created successfully", view, deduction, null));
    }

    @PostMapping("/shifts/{id}/publish")
    @PaysFromWallet
    @Operation(summary = "Publish a draft shift: its total is paid from the wallet into escrow (402 when short)")
    ShiftChangeResponse publish(@AuthenticationPrincipal Caller caller, @PathVariable("id") long shiftId) {
        long hospitalId = caller.requireHospitalId();
        ShiftChange change = commands.sendAndWait(new PublishShiftCommand(new ShiftId(shiftId), hospitalId,
                calendar.now()));
        WalletDeduction deduction = responses.paid(change.funding());
        return new ShiftChangeResponse(true, "Shift published successfully", responses.shift(change), deduction,
                null);
    }

    @PutMapping("/shifts/{id}")
    @PaysFromWallet
    @Operation(summary = "Change a shift; a change of pay raises the escrow from the wallet (402 when short) or "
            + "releases the difference into a refund credited after the hold period, less the refund fee",
            description = "Every field is optional. facility_pay, service_charge_amount, extra_amount_to_pay and "
                    + "amount_to_refund are never trusted: when sent they must equal what the server computes, "
                    + "or the request is refused with 422.")
    ShiftChangeResponse update(@AuthenticationPrincipal Caller caller, @PathVariable("id") long shiftId,
                               @Valid @RequestBody ShiftRequests.UpdateShiftRequest request) {
        long hospitalId = caller.requireHospitalId();
        FieldErrors errors = new FieldErrors();
        var changes = request.changes(errors, calendar);
        errors.throwIfAny();
        Instant now = calendar.now();
        ShiftChange change = commands.sendAndWait(new ReviseShiftCommand(new ShiftId(shiftId), hospitalId,
                changes, request.claimed(), calendar.zone(), now));
        WalletDeduction deduction = change.funding() == null ? null : responses.paid(change.funding());
        RefundDetails refund = responses.refund(change.release(), now);
        return new ShiftChangeResponse(true, "Shift updated successfully", responses.shift(change), deduction,
                refund);
    }

    record CancelShiftRequest(@Size(max = 1000, message = "The reason may not be greater than 1000 characters.")
                              String reason) {
    }

    @PostMapping("/shifts/{id}/cancel")
    @Operation(summary = "Cancel a shift before work started; its escrow is released into a refund, less the "
            + "refund fee, credited after the hold period",
            description = "The body is optional: reason, at most 1000 characters. A shift whose work has "
                    + "started or that has ended is refused.")
    ShiftChangeResponse cancel(@AuthenticationPrincipal Caller caller, @PathVariable("id") long shiftId,
                               @Valid @RequestBody(required = false) CancelShiftRequest request) {
        long hospitalId = caller.requireHospitalId();
        Instant now = calendar.now();
        String reason = request == null ? null : request.reason();
        ShiftChange change = commands.sendAndWait(new CancelShiftCommand(new ShiftId(shiftId), hospitalId, reason,
                now));
        RefundDetails refund = responses.refund(change.release(), now);
        return new ShiftChangeResponse(true, "Shift cancelled successfully", responses.shift(change), null, refund);
    }

    record DecisionRequest(@NotBlank(message = "The action field is required.")
                           @Pattern(regexp = "accept|reject", message = "The action must be one of: accept, reject.")
                           String action) {
    }

    @PostMapping("/shifts/{shift}/applications/{application}")
    @Operation(summary = "Accept (never beyond the positions) or reject a pending application",
            description = "action: accept or reject. An application that is not pending, or an accept when "
                    + "every position is filled, is refused.")
    ApiResponse<ApplicationView> decide(@AuthenticationPrincipal Caller caller, @PathVariable("shift") long shiftId,
                                        @PathVariable("application") long applicationId,
                                        @Valid @RequestBody DecisionRequest request) {
        long hospitalId = caller.requireHospitalId();
        boolean accept = request.action().equals("accept");
        ShiftChange change = commands.sendAndWait(new DecideShiftApplicationCommand(new ShiftId(shiftId), hospitalId,
                applicationId, accept, calendar.now()));
        String status = accept ? "accepted" : "rejected";
        return ApiResponse.ok("Application " + status + " successfully", responses.application(change, applicationId));
    }

    record MarkAttendanceRequest(
            @NotNull(message = "The shift id field is required.")
            @Positive(message = "The shift id must be a positive number.") Long shiftId,
            @NotNull(message = "The professional id field is required.")
            @Positive(message = "The professional id must be a positive number.") Long professionalId,
            @NotBlank(message = "The status field is required.")
            @Pattern(regexp = "checked_in|completed|no_show",
                    message = "The status must be one of: checked_in, completed, no_show.")
            String status,
            @Size(max = 1000, message = "The remarks may not be greater than 1000 characters.") String remarks,
            String date) {
    }

    @PostMapping("/attendance/mark")
    @Operation(summary = "Mark an accepted professional's attendance: checked_in, completed (the position is paid) "
            + "or no_show",
            description = "Required: shift_id, professional_id (accepted on that shift) and status: checked_in, "
                    + "completed (the position's pay moves from escrow to the professional's wallet) or "
                    + "no_show; remarks at most 1000 characters. date (YYYY-MM-DD) is optional: a day an accepted "
                    + "shift extension added, marked checked_in or completed (a day not worked is closed when the "
                    + "extension ends, so no_show takes no date).")
    ApiResponse<Void> markAttendance(@AuthenticationPrincipal Caller caller,
                                     @Valid @RequestBody MarkAttendanceRequest request) {
        long hospitalId = caller.requireHospitalId();
        FieldErrors errors = new FieldErrors();
        LocalDate workDate = WorkDates.parse(errors, request.date());
        if (workDate != null && request.status().equals("no_show")) {
            errors.add("date", WorkDates.NO_SHOW_WITHOUT_DATE);
        }
        errors.throwIfAny();
        ShiftId shiftId = new ShiftId(request.shiftId());
        Instant now = calendar.now();
        ShiftChange change = commands.sendAndWait(switch (request.status()) {
            case "checked_in" -> new CheckInCommand(shiftId, request.professionalId(), now, null, hospitalId,
                    workDate);
            case "completed" -> new CheckOutCommand(shiftId, request.professionalId(), now, hospitalId,
                    request.remarks(), workDate);
            default -> new MarkNoShowCommand(shiftId, hospitalId, request.professionalId(), request.remarks(), now);
        });
        responses.awaitProjected(change);
        return ApiResponse.ok("Attendance marked successfully", null);
    }
}
