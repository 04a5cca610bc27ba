package com.shiftledger.command.shift;

import com.shiftledger.api.identity.Caller;
import com.shiftledger.api.platform.PlatformCalendar;
import com.shiftledger.api.rejection.FieldErrors;
import com.shiftledger.api.rejection.RejectedException;
import com.shiftledger.api.rejection.Rejection;
import com.shiftledger.api.rejection.RejectionKind;
import com.shiftledger.api.shift.DecideShiftExtensionCommand;
import com.shiftledger.api.shift.ExtensionSide;
import com.shiftledger.api.shift.RequestShiftExtensionCommand;
import com.shiftledger.api.shift.ShiftChange;
import com.shiftledger.api.shift.ShiftExtensionView;
import com.shiftledger.api.shift.ShiftId;
import com.shiftledger.command.shift.ShiftResponses.WalletDeduction;
import com.shiftledger.command.web.IdSequences;
import com.shiftledger.command.web.PaysFromWallet;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * The seed's shift extensions that change something, for both sides of an accepted application: ask to extend the
 * professional's work to more days, and accept or reject what the other side asked. An acceptance pays the days from
 * the hospital's wallet into the shift's escrow first (402 when it is short; the extension stays pending).
 */
@RestController
@Tag(name = "Shift extensions")
class ShiftExtensionController {

    static final String DATE_FORMAT = "The %s must be a date as YYYY-MM-DD (ISO-8601).";
    static final String HOSPITAL_SHORT = "The hospital's wallet cannot pay for this extension yet; the extension "
            + "stays pending.";

    private final CommandGateway commands;
    private final IdSequences ids;
    private final ShiftApplicationLookup lookup;
    private final ShiftResponses responses;
    private final PlatformCalendar calendar;

    ShiftExtensionController(CommandGateway commands, IdSequences ids, ShiftApplicationLookup lookup,
                             ShiftResponses responses, PlatformCalendar calendar) {
        this.commands = commands;
        this.ids = ids;
        this.lookup = lookup;
        this.responses = responses;
        this.calendar = calendar;
    }

    record ExtensionRequest(
            @NotNull(message = "The application id field is required.")
            @Positive(message = "The application id must be a positive number.") Long applicationId,
            @NotBlank(message = "The start date field is required.") String startDate,
            @NotBlank(message = "The end date field is required.") String endDate) {
    }

    record HospitalAction(@NotBlank(message = "The action field is required.")
                          @Pattern(regexp = "approve|accept|reject",
                                  message = "The action must be one of: approve, accept, reject.")
                          String action) {
    }

    record ProfessionalAction(@NotBlank(message = "The action field is required.")
                              @Pattern(regexp = "accept|approve|reject",
                                      message = "The action must be one of: accept, approve, reject.")
                              String action) {
    }

    /** An extension answer; an acceptance also says what the hospital's wallet paid. */
    record ExtensionResponse(boolean success, String message, ShiftExtensionView data,
                             WalletDeduction walletTransaction) {
    }

    @PostMapping("/api/v1/hospital/shift-extensions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Ask an accepted professional to work more days on a shift; they accept or reject",
            description = "Required: application_id (an accepted application on one of your shifts), start_date and "
                    + "end_date (YYYY-MM-DD): start_date after the last day the shift covers or is asked to cover for "
                    + "that professional, end_date on or after start_date, at most 31 days. Each day is worked at "
                    + "the shift's times and priced as a position of the shift (plus the Emergency SOS extra pay "
                    + "per day when the professional earns it); nothing is paid until the professional accepts. "
                    + "Answers 201 with the pending extension.")
    ExtensionResponse requestAsHospital(@AuthenticationPrincipal Caller caller,
                                        @Valid @RequestBody ExtensionRequest request) {
        return request(ExtensionSide.HOSPITAL, caller.requireHospitalId(), request);
    }

    @PostMapping("/api/v1/professional/shift-extensions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Ask the hospital to extend your accepted work on a shift to more days; it accepts or "
            + "rejects",
            description = "Required: application_id (your accepted application), start_date and end_date "
                    + "(YYYY-MM-DD): start_date after the last day the shift covers or is asked to cover for you, "
                    + "end_date on or after start_date, at most 31 days. Answers 201 with the pending extension.")
    ExtensionResponse requestAsProfessional(@AuthenticationPrincipal Caller caller,
                                            @Valid @RequestBody ExtensionRequest request) {
        return request(ExtensionSide.PROFESSIONAL, caller.requireProfessionalId(), request);
    }

    @PostMapping("/api/v1/hospital/shift-extensions/{id}/action")
    @PaysFromWallet
    @Operation(summary = "Approve or reject a professional's extension request; approval pays the added days from "
            + "your wallet into the shift's escrow (402 when short: the request stays pending)",
            description = "action: approve (or accept) or reject. Only a request the professional made, and only "
                    + "while it is pending (a repeat of the same decision answers it again); the hospital's own "
                    + "requests are answered by the professional (403).")
    ExtensionResponse actAsHospital(@AuthenticationPrincipal Caller caller, @PathVariable("id") long extensionId,
                                    @Valid @RequestBody HospitalAction request) {
        return act(ExtensionSide.HOSPITAL, caller.requireHospitalId(), extensionId, request.action());
    }

    @PostMapping("/api/v1/professional/shift-extensions/{id}/action")
    @PaysFromWallet
    @Operation(summary = "Accept or reject the hospital's extension request; on acceptance the hospital's wallet "
            + "pays the added days into the shift's escrow (402 when it is short: the request stays pending)",
            description = "action: accept (or approve) or reject. Only a request the hospital made, and only while "
                    + "it is pending (a repeat of the same decision answers it again); your own requests are "
                    + "answered by the hospital (403). A 402 carries the required_amount only, not the hospital's "
                    + "balance.")
    ExtensionResponse actAsProfessional(@AuthenticationPrincipal Caller caller, @PathVariable("id") long extensionId,
                                        @Valid @RequestBody ProfessionalAction request) {
        return act(ExtensionSide.PROFESSIONAL, caller.requireProfessionalId(), extensionId, request.action());
    }

    private ExtensionResponse request(ExtensionSide side, long requesterId, ExtensionRequest request) {
        FieldErrors errors = new FieldErrors();
        LocalDate start = date(errors, "start_date", "start date", request.startDate());
        LocalDate end = date(errors, "end_date", "end date", request.endDate());
        if (start != null && end != null && end.isBefore(start)) {
            errors.add("end_date", Shift.END_BEFORE_START_DATE);
        }
        errors.throwIfAny();
        ShiftId shiftId = lookup.shiftOf(request.applicationId())
                .orElseThrow(() -> RejectedException.notFound(Shift.APPLICATION_NOT_FOUND));
        long extensionId = ids.nextExtensionId();
        ShiftChange change = commands.sendAndWait(new RequestShiftExtensionCommand(shiftId, extensionId,
                request.applicationId(), side, requesterId, start, end, calendar.zone(), calendar.now()));
        return new ExtensionResponse(true, "Shift extension requested successfully",
                responses.extension(change, extensionId), null);
    }

    private ExtensionResponse act(ExtensionSide side, long deciderId, long extensionId, String action) {
        ShiftId shiftId = lookup.shiftOfExtension(extensionId)
                .orElseThrow(() -> RejectedException.notFound(Shift.EXTENSION_NOT_FOUND));
        boolean accept = !action.equals("reject");
        ShiftChange change = commands.sendAndWait(new DecideShiftExtensionCommand(shiftId, extensionId, side,
                deciderId, accept, calendar.now()));
        WalletDeduction deduction = change.funding() == null ? null : paid(side, change);
        String message = accept ? "Shift extension accepted successfully" : "Shift extension rejected successfully";
        return new ExtensionResponse(true, message, responses.extension(change, extensionId), deduction);
    }

    /** The hospital's payment; a professional is never told the hospital's balance. */
    private WalletDeduction paid(ExtensionSide side, ShiftChange change) {
        try {
            WalletDeduction deduction = responses.paid(change.funding());
            return side == ExtensionSide.HOSPITAL ? deduction
                    : new WalletDeduction(deduction.type(), deduction.transactionId(), deduction.amount(), null);
        } catch (RejectedException refused) {
            Rejection rejection = refused.rejection();
            if (side == ExtensionSide.HOSPITAL || rejection.kind() != RejectionKind.INSUFFICIENT_BALANCE) {
                throw refused;
            }
            throw new RejectedException(new Rejection(RejectionKind.INSUFFICIENT_BALANCE, HOSPITAL_SHORT, Map.of(),
                    rejection.requiredAmount(), null));
        }
    }

    private static LocalDate date(FieldErrors errors, String field, String name, String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(field, DATE_FORMAT.formatted(name));
            return null;
        }
    }
}
