package com.shiftledger.command.shift;

import com.shiftledger.api.identity.Caller;
import com.shiftledger.api.money.Money;
import com.shiftledger.api.rejection.FieldErrors;
import com.shiftledger.api.rejection.RejectedException;
import com.shiftledger.api.rest.ApiResponse;
import com.shiftledger.api.shift.ApplyForShiftCommand;
import com.shiftledger.api.shift.CheckInCommand;
import com.shiftledger.api.shift.CheckOutCommand;
import com.shiftledger.api.shift.ExtendedDayCompletedEvent;
import com.shiftledger.api.shift.GeoPoint;
import com.shiftledger.api.shift.PositionCompletedEvent;
import com.shiftledger.api.shift.ProfessionType;
import com.shiftledger.api.shift.ShiftApplied;
import com.shiftledger.api.shift.ShiftChange;
import com.shiftledger.api.shift.ShiftId;
import com.shiftledger.api.shift.WithdrawShiftApplicationCommand;
import com.shiftledger.command.web.IdSequences;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/** The professional's shift endpoints that change something: apply, withdraw, check in, check out. */
@RestController
@RequestMapping("/api/v1/professional")
@Tag(name = "Professional shifts")
class ProfessionalShiftController {

    private final CommandGateway commands;
    private final IdSequences ids;
    private final ShiftApplicationLookup applications;
    private final ShiftResponses responses;
    private final Clock clock;

    ProfessionalShiftController(CommandGateway commands, IdSequences ids, ShiftApplicationLookup applications,
                                ShiftResponses responses, Clock clock) {
        this.commands = commands;
        this.ids = ids;
        this.applications = applications;
        this.responses = responses;
        this.clock = clock;
    }

    record ApplyRequest(@Size(max = 1000, message = "The cover note may not be greater than 1000 characters.")
                        String coverNote) {
    }

    record ApplicationCreated(long id, long shiftId, String status) {
    }

    @PostMapping("/shifts/{id}/apply")
    @Operation(summary = "Apply for a published shift of your profession with open positions (once per shift); a "
            + "staffing partner's shift accepts its first applicant at once",
            description = "The body is optional: cover_note, at most 1000 characters. Applying twice, to a "
                    + "shift of another profession or to one with every position filled is refused with a "
                    + "message saying which.")
    ApiResponse<ApplicationCreated> apply(@AuthenticationPrincipal Caller caller, @PathVariable("id") long shiftId,
                                          @Valid @RequestBody(required = false) ApplyRequest request) {
        long professionalId = caller.requireProfessionalId();
        long applicationId = ids.nextApplicationId();
        ShiftApplied applied = commands.sendAndWait(new ApplyForShiftCommand(new ShiftId(shiftId), applicationId,
                professionalId, caller.name(), ProfessionType.valueOf(caller.professionType().toUpperCase()),
                caller.requireWallet(), request == null ? null : request.coverNote(), clock.instant()));
        // a partner's shift accepts its first applicant at once; the answer waits for the read side to show it
        responses.awaitProjected(applied.change());
        return ApiResponse.ok("Application submitted successfully",
                new ApplicationCreated(applicationId, shiftId, applied.status()));
    }

    @PostMapping("/applications/{id}/withdraw")
    @Operation(summary = "Withdraw your pending application, or on a staffing partner's shift your accepted one "
            + "before the work starts (the position opens again)")
    ApiResponse<ApplicationCreated> withdraw(@AuthenticationPrincipal Caller caller,
                                             @PathVariable("id") long applicationId) {
        long professionalId = caller.requireProfessionalId();
        ShiftId shiftId = applications.shiftOf(applicationId)
                .orElseThrow(() -> RejectedException.notFound(Shift.APPLICATION_NOT_FOUND));
        ShiftChange change = commands.sendAndWait(new WithdrawShiftApplicationCommand(shiftId, applicationId,
                professionalId));
        responses.awaitProjected(change);
        return ApiResponse.ok("Application withdrawn successfully",
                new ApplicationCreated(applicationId, shiftId.value(), "withdrawn"));
    }

    record CheckInRequest(
            @DecimalMin(value = "-90", message = "The latitude must be between -90 and 90.")
            @DecimalMax(value = "90", message = "The latitude must be between -90 and 90.") BigDecimal latitude,
            @DecimalMin(value = "-180", message = "The longitude must be between -180 and 180.")
            @DecimalMax(value = "180", message = "The longitude must be between -180 and 180.") BigDecimal longitude,
            @Size(max = 2_000_000, message = "The photo may not be greater than 2000000 characters.") String photo,
            String date) {
    }

    /** The optional body of a check-out: the day an extension added whose work ends, when not the one open now. */
    record CheckOutRequest(String date) {
    }

    record CheckedIn(long shiftId, Instant checkInTime, String status) {
    }

    @PostMapping("/shifts/{id}/check-in")
    @Operation(summary = "Check in to a shift you are accepted for, within 500 m of the hospital (when its "
            + "location is known), from 60 minutes before the start until the end",
            description = "Required: latitude (-90 to 90) and longitude (-180 to 180) of where the professional "
                    + "is; photo is optional. date (YYYY-MM-DD) is optional: a day an accepted shift extension "
                    + "added; without it the check-in is for the shift's own day, or for the extended day whose "
                    + "check-in window is open now.")
    ApiResponse<CheckedIn> checkIn(@AuthenticationPrincipal Caller caller, @PathVariable("id") long shiftId,
                                   @Valid @RequestBody CheckInRequest request) {
        long professionalId = caller.requireProfessionalId();
        FieldErrors errors = new FieldErrors();
        if (request.latitude() == null) {
            errors.add("latitude", "The latitude field is required.");
        }
        if (request.longitude() == null) {
            errors.add("longitude", "The longitude field is required.");
        }
        LocalDate workDate = WorkDates.parse(errors, request.date());
        errors.throwIfAny();
        Instant now = clock.instant();
        ShiftChange change = commands.sendAndWait(new CheckInCommand(new ShiftId(shiftId), professionalId, now,
                new GeoPoint(request.latitude(), request.longitude()), null, workDate));
        responses.awaitProjected(change);
        return ApiResponse.ok("Checked in successfully", new CheckedIn(shiftId, now, "checked_in"));
    }

    record CheckedOut(long shiftId, Instant checkInTime, Instant checkOutTime, long minutesWorked,
                      String hoursWorked, Money amountEarned, String status) {
    }

    @PostMapping("/shifts/{id}/check-out")
    @Operation(summary = "Check out: the hours worked are counted (hourly pay up to the scheduled hours) and the "
            + "position is paid into your wallet",
            description = "The body is optional. date (YYYY-MM-DD): a day an accepted shift extension added; without "
                    + "it the check-out ends the work checked in now (the shift's own day, or an extended day), "
                    + "and each extended day is paid on its own check-out, its Emergency SOS extra pay too when "
                    + "you earn it.")
    ApiResponse<CheckedOut> checkOut(@AuthenticationPrincipal Caller caller, @PathVariable("id") long shiftId,
                                     @Valid @RequestBody(required = false) CheckOutRequest request) {
        long professionalId = caller.requireProfessionalId();
        FieldErrors errors = new FieldErrors();
        LocalDate workDate = WorkDates.parse(errors, request == null ? null : request.date());
        errors.throwIfAny();
        ShiftChange change = commands.sendAndWait(new CheckOutCommand(new ShiftId(shiftId), professionalId,
                clock.instant(), null, null, workDate));
        if (change.dayCompleted() != null) {
            ExtendedDayCompletedEvent day = change.dayCompleted();
            responses.awaitProjected(change);
            responses.awaitPayout(day);
            return ApiResponse.ok("Checked out successfully", new CheckedOut(shiftId, day.checkedInAt(),
                    day.checkedOutAt(), day.minutesWorked(), hours(day.minutesWorked()), day.professionalPay(),
                    "completed"));
        }
        PositionCompletedEvent completed = change.completed();
        responses.awaitProjected(change);
        responses.awaitPayout(completed);
        return ApiResponse.ok("Checked out successfully", new CheckedOut(shiftId, completed.checkedInAt(),
                completed.checkedOutAt(), completed.minutesWorked(), hours(completed.minutesWorked()),
                completed.professionalPay(), "completed"));
    }

    private static String hours(long minutes) {
        return minutes / 60 + ":" + String.format("%02d", minutes % 60);
    }
}
