package com.shiftledger.command.shift;

import com.shiftledger.api.identity.Caller;
import com.shiftledger.api.money.Money;
import com.shiftledger.api.rejection.FieldErrors;
import com.shiftledger.api.rejection.RejectedException;
import com.shiftledger.api.rest.ApiResponse;
import com.shiftledger.api.shift.ApplicationView;
import com.shiftledger.api.shift.CancelShiftCommand;
import com.shiftledger.api.shift.CheckInCommand;
import com.shiftledger.api.shift.CheckOutCommand;
import com.shiftledger.api.shift.CreateShiftCommand;
import com.shiftledger.api.shift.DecideShiftApplicationCommand;
import com.shiftledger.api.shift.DiscardShiftCommand;
import com.shiftledger.api.shift.FundingRequest;
import com.shiftledger.api.shift.MarkNoShowCommand;
import com.shiftledger.api.shift.PayType;
import com.shiftledger.api.shift.PublishShiftCommand;
import com.shiftledger.api.shift.ReviseShiftCommand;
import com.shiftledger.api.shift.RevisionOutcome;
import com.shiftledger.api.shift.ShiftId;
import com.shiftledger.api.shift.ShiftSchedule;
import com.shiftledger.api.shift.ShiftTerms;
import com.shiftledger.api.shift.ShiftView;
import com.shiftledger.api.wallet.TransactionReceipt;
import com.shiftledger.command.web.IdSequences;
import com.shiftledger.command.web.Rejections;
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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** The hospital's shift endpoints that change something: create, publish, change, cancel, decide, attendance. */
@RestController
@RequestMapping("/api/v1/hospital")
@Tag(name = "Hospital shifts")
class HospitalShiftController {

    private final CommandGateway commands;
    private final IdSequences ids;
    private final ShiftFundings fundings;
    private final ShiftResponses responses;
    private final ShiftSettings settings;
    private final Clock clock;

    HospitalShiftController(CommandGateway commands, IdSequences ids, ShiftFundings fundings,
                            ShiftResponses responses, ShiftSettings settings, Clock clock) {
        this.commands = commands;
        this.ids = ids;
        this.fundings = fundings;
        this.responses = responses;
        this.settings = settings;
        this.clock = clock;
    }

    /** The seed's {@code wallet_transaction} of a shift change paid from the wallet. */
    record WalletDeduction(String type, String transactionId, Money amount, Money newBalance) {

        static WalletDeduction of(TransactionReceipt receipt) {
            return new WalletDeduction("deduction", receipt.transactionId(), receipt.amount(), receipt.balanceAfter());
        }
    }

    /** The seed's {@code refund_details} of a shift change or cancellation that released escrow. */
    record RefundDetails(String type, String refundId, Money originalAmount, Money serviceChargeDeducted,
                         Money refundAmount, Instant availableAt, long remainingDays, String message) {
    }

    /** A shift answer with what the change did to the wallet. */
    record ShiftChangeResponse(boolean success, String message, ShiftView data, WalletDeduction walletTransaction,
                               RefundDetails refundDetails) {
    }

    @PostMapping("/shifts")
    @Operation(summary = "Create a shift as a draft, or published at once with \"status\": \"published\" "
            + "(its total is paid from the wallet into escrow; 402 when the wallet is short)")
    ResponseEntity<ShiftChangeResponse> create(@AuthenticationPrincipal Caller caller,
                                               @Valid @RequestBody ShiftRequests.CreateShiftRequest request) {
        long hospitalId = caller.requireHospitalId();
        Instant now = clock.instant();
        FieldErrors errors = new FieldErrors();
        LocalDate date = ShiftRequests.date(errors, request.shiftDate(), today());
        errors.throwIfAny();
        ShiftSchedule schedule = ShiftSchedule.of(date, ShiftRequests.time(request.startTime()),
                ShiftRequests.time(request.endTime()), Boolean.TRUE.equals(request.isNightShift()),
                settings.timeZone());
        if (!schedule.endsAt().isAfter(now)) {
            throw RejectedException.invalid("shift_date", Shift.ALREADY_ENDED);
        }
        ShiftId shiftId = new ShiftId(ids.nextShiftId());
        ShiftTerms terms = new ShiftTerms(PayType.valueOf(request.payType().toUpperCase()),
                Money.ofRupees(request.payRate()), request.positionsRequired(),
                settings.fees().serviceChargePercent());
        commands.sendAndWait(new CreateShiftCommand(shiftId, hospitalId, caller.name(), caller.requireWallet(),
                ShiftCodes.of(shiftId, date), request.details(), schedule, terms, caller.location()));
        WalletDeduction deduction = null;
        if (request.publishNow()) {
            try {
                deduction = WalletDeduction.of(publish(hospitalId, shiftId, now));
            } catch (RuntimeException failure) {
                // only a refused debit is certain to have moved nothing; after any other failure the draft
                // stays, and the funding process publishes it if the wallet was in fact debited
                if (Rejections.isInsufficientBalance(failure)) {
                    commands.sendAndWait(new DiscardShiftCommand(shiftId, hospitalId));
                }
                throw failure;
            }
        }
        String status = request.publishNow() ? "published" : "draft";
        ShiftView view = responses.shift(shiftId.value(), shift -> shift.status().equals(status));
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new ShiftChangeResponse(true, "Shift created successfully", view, deduction, null));
    }

    @PostMapping("/shifts/{id}/publish")
    @Operation(summary = "Publish a draft shift: its total is paid from the wallet into escrow (402 when short)")
    ShiftChangeResponse publish(@AuthenticationPrincipal Caller caller, @PathVariable("id") long shiftId) {
        long hospitalId = caller.requireHospitalId();
        TransactionReceipt receipt = publish(hospitalId, new ShiftId(shiftId), clock.instant());
        ShiftView view = responses.shift(shiftId, shift -> !shift.status().equals("draft"));
        return new ShiftChangeResponse(true, "Shift published successfully", view, WalletDeduction.of(receipt),
                null);
    }

    @PutMapping("/shifts/{id}")
    @Operation(summary = "Change a shift; a change of pay raises the escrow from the wallet (402 when short) or "
            + "releases the difference into a refund credited after the hold period, less the refund fee",
            description = "Every field is optional. facility_pay, service_charge_amount, extra_amount_to_pay and "
                    + "amount_to_refund are never trusted: when sent they must equal what the server computes, "
                    + "or the request is refused with 422.")
    ShiftChangeResponse update(@AuthenticationPrincipal Caller caller, @PathVariable("id") long shiftId,
                               @Valid @RequestBody ShiftRequests.UpdateShiftRequest request) {
        long hospitalId = caller.requireHospitalId();
        FieldErrors errors = new FieldErrors();
        var changes = request.changes(errors, today());
        errors.throwIfAny();
        Instant now = clock.instant();
        RevisionOutcome outcome = commands.sendAndWait(new ReviseShiftCommand(new ShiftId(shiftId), hospitalId,
                changes, request.claimed(), settings.timeZone(), settings.fees().refundFeePercent(), now));
        WalletDeduction deduction = null;
        if (outcome.funding() != null) {
            deduction = WalletDeduction.of(fundings.pay(outcome.funding(), "Shift #" + shiftId + " pay raised"));
        }
        ShiftView view = responses.shift(shiftId, shift -> matches(shift, request));
        return new ShiftChangeResponse(true, "Shift updated successfully", view, deduction, refundDetails(outcome, now));
    }

    record CancelShiftRequest(@Size(max = 1000, message = "The reason may not be greater than 1000 characters.")
                              String reason) {
    }

    @PostMapping("/shifts/{id}/cancel")
    @Operation(summary = "Cancel a shift before work started; its escrow is released into a refund, less the "
            + "refund fee, credited after the hold period")
    ShiftChangeResponse cancel(@AuthenticationPrincipal Caller caller, @PathVariable("id") long shiftId,
                               @Valid @RequestBody(required = false) CancelShiftRequest request) {
        long hospitalId = caller.requireHospitalId();
        Instant now = clock.instant();
        String reason = request == null ? null : request.reason();
        RevisionOutcome outcome = commands.sendAndWait(new CancelShiftCommand(new ShiftId(shiftId), hospitalId,
                reason, settings.fees().refundFeePercent(), now));
        ShiftView view = responses.shift(shiftId, shift -> shift.status().equals("cancelled"));
        return new ShiftChangeResponse(true, "Shift cancelled successfully", view, null, refundDetails(outcome, now));
    }

    record DecisionRequest(@NotBlank(message = "The action field is required.")
                           @Pattern(regexp = "accept|reject", message = "The selected action is invalid.")
                           String action) {
    }

    @PostMapping("/shifts/{shift}/applications/{application}")
    @Operation(summary = "Accept (never beyond the positions) or reject a pending application")
    ApiResponse<ApplicationView> decide(@AuthenticationPrincipal Caller caller, @PathVariable("shift") long shiftId,
                                        @PathVariable("application") long applicationId,
                                        @Valid @RequestBody DecisionRequest request) {
        long hospitalId = caller.requireHospitalId();
        boolean accept = request.action().equals("accept");
        commands.sendAndWait(new DecideShiftApplicationCommand(new ShiftId(shiftId), hospitalId, applicationId,
                accept));
        String status = accept ? "accepted" : "rejected";
        ApplicationView view = responses.application(applicationId, application -> application.status().equals(status));
        return ApiResponse.ok("Application " + status + " successfully", view);
    }

    record MarkAttendanceRequest(
            @NotNull(message = "The shift id field is required.")
            @Positive(message = "The shift id must be a positive number.") Long shiftId,
            @NotNull(message = "The professional id field is required.")
            @Positive(message = "The professional id must be a positive number.") Long professionalId,
            @NotBlank(message = "The status field is required.")
            @Pattern(regexp = "checked_in|completed|no_show", message = "The selected status is invalid.")
            String status,
            @Size(max = 1000, message = "The remarks may not be greater than 1000 characters.") String remarks) {
    }

    @PostMapping("/attendance/mark")
    @Operation(summary = "Mark an accepted professional's attendance: checked_in, completed (the position is paid) "
            + "or no_show")
    ApiResponse<Void> markAttendance(@AuthenticationPrincipal Caller caller,
                                     @Valid @RequestBody MarkAttendanceRequest request) {
        long hospitalId = caller.requireHospitalId();
        ShiftId shiftId = new ShiftId(request.shiftId());
        Instant now = clock.instant();
        switch (request.status()) {
            case "checked_in" -> commands.sendAndWait(
                    new CheckInCommand(shiftId, request.professionalId(), now, null, hospitalId));
            case "completed" -> commands.sendAndWait(
                    new CheckOutCommand(shiftId, request.professionalId(), now, hospitalId, request.remarks()));
            default -> commands.sendAndWait(
                    new MarkNoShowCommand(shiftId, hospitalId, request.professionalId(), request.remarks(), now));
        }
        return ApiResponse.ok("Attendance marked successfully", null);
    }

    private TransactionReceipt publish(long hospitalId, ShiftId shiftId, Instant now) {
        FundingRequest request = commands.sendAndWait(new PublishShiftCommand(shiftId, hospitalId, now));
        return fundings.pay(request, "Shift #" + shiftId.value() + " published");
    }

    private RefundDetails refundDetails(RevisionOutcome outcome, Instant now) {
        if (outcome.refundId() == null) {
            return null;
        }
        Duration hold = settings.refund().holdPeriod();
        long remainingDays = (hold.toSeconds() + 86_399) / 86_400;
        return new RefundDetails("refund_pending", outcome.refundId().code(), outcome.released(), outcome.fee(),
                outcome.refund(), now.plus(hold), remainingDays, "Refund of ₹" + outcome.refund().toRupees().toPlainString()
                + " will be credited after " + remainingDays + " days");
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(settings.timeZone()));
    }

    private static boolean matches(ShiftView shift, ShiftRequests.UpdateShiftRequest request) {
        return (request.title() == null || Objects.equals(shift.title(), request.title().strip()))
                && (request.positionsRequired() == null || shift.positionsRequired() == request.positionsRequired())
                && (request.payRate() == null
                || shift.payRate().equals(Money.ofRupees(request.payRate())))
                && (request.startTime() == null || shift.startTime().equals(request.startTime()))
                && (request.endTime() == null || shift.endTime().equals(request.endTime()));
    }

}
