package com.shiftledger.command.partner;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Content;
import org.springframework.web.bind.annotation.ResponseStatus;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.shiftledger.api.partner.CorrectTimecardCommand;
import com.shiftledger.api.partner.PartnerCaller;
import com.shiftledger.api.partner.RecordTimecardCommand;
import com.shiftledger.api.partner.Timecard;
import com.shiftledger.api.partner.TimecardState;
import com.shiftledger.api.rejection.FieldErrors;
import com.shiftledger.api.rejection.Rejection;
import com.shiftledger.api.rejection.RejectionKind;
import com.shiftledger.api.shift.ShiftId;
import com.shiftledger.command.web.Rejections;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * A partner's timecards ({@code /partner/v1/timecards}): the work of its shift's accepted professional (check-in,
 * check-out, break), final after {@code shiftledger.partner.timecard-review-period}, when the position completes and
 * is paid as a check-out does. Until then {@code PUT} corrects it. An invalid timecard answers 422 with the timecard
 * and its {@code errors}.
 */
@RestController
@RequestMapping("/partner/v1/timecards")
@Tag(name = "Partner timecards")
class PartnerTimecardController {

    static final Duration LONGEST_TIMECARD = Duration.ofHours(48);
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    static final String UNKNOWN_SHIFT = "No shift of yours has this externalShiftId.";
    static final String INVALID = "The timecard is invalid.";
    static final String INVALID_ANSWER = "The timecard is invalid: the IntelyCare answer, with errors naming each "
            + "field";
    static final String UTC_FORMAT = " must be an ISO-8601 date-time in UTC, for example 2024-01-17T07:00:00Z (the Z "
            + "may be left out).";

    private final CommandGateway commands;
    private final PartnerShiftDirectory directory;
    private final Clock clock;
    private final Duration reviewPeriod;

    PartnerTimecardController(CommandGateway commands, PartnerShiftDirectory directory, Clock clock,
                              @Value("${shiftledger.partner.timecard-review-period:PT24H}") Duration reviewPeriod) {
        this.commands = commands;
        this.directory = directory;
        this.clock = clock;
        this.reviewPeriod = reviewPeriod;
    }

    /** The body of a timecard, with the IntelyCare field names; times in UTC (a {@code Z} is optional). */
    @JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
    record TimecardRequest(@JsonDeserialize(using = ExternalIdDeserializer.class) String externalShiftId,
                           String checkIn, String checkOut, Integer breakDuration) {
    }

    /** The IntelyCare answer to a timecard: what was sent, {@code errors} (null when it was taken) and when. */
    @JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    record TimecardAnswer(Long clientId, String externalShiftId, String checkIn, String checkOut,
                          Integer breakDuration, @JsonInclude(JsonInclude.Include.ALWAYS)
                          Map<String, List<String>> errors, String createdAt, String updatedAt, String message) {

        TimecardAnswer withCreatedAt(String at) {
            return new TimecardAnswer(clientId, externalShiftId, checkIn, checkOut, breakDuration, errors, at,
                    updatedAt, message);
        }

        TimecardAnswer withUpdatedAt(String at) {
            return new TimecardAnswer(clientId, externalShiftId, checkIn, checkOut, breakDuration, errors, createdAt,
                    at, message);
        }
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "422", description = INVALID_ANSWER,
            content = @Content(schema = @Schema(implementation = TimecardAnswer.class)))
    @Operation(summary = "Send the timecard of your shift's accepted professional; final after the review period, "
            + "when the work is paid",
            description = "externalShiftId, checkIn and checkOut (ISO-8601 in UTC; the Z may be left out), "
                    + "breakDuration in minutes, all required. Answers 201 with the timecard; an invalid "
                    + "one is answered 422 in IntelyCare's timecard shape with errors naming each field.")
    ResponseEntity<TimecardAnswer> record(@AuthenticationPrincipal PartnerCaller partner,
                                          @RequestBody TimecardRequest request) {
        return handle(partner, request, HttpStatus.CREATED, (shiftId, timecard) -> {
            Instant now = clock.instant();
            TimecardState state = commands.sendAndWait(new RecordTimecardCommand(shiftId, partner.clientId(),
                    timecard, now.plus(reviewPeriod), now));
            return answer(partner, request, null).withCreatedAt(PartnerTimes.timestamp(state.recordedAt()));
        });
    }

    @PutMapping
    @ResponseStatus(HttpStatus.OK)
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "422", description = INVALID_ANSWER,
            content = @Content(schema = @Schema(implementation = TimecardAnswer.class)))
    @Operation(summary = "Correct your shift's timecard before it is final (409 once it is)",
            description = "The same fields as sending it; the corrected times replace the recorded ones.")
    ResponseEntity<TimecardAnswer> correct(@AuthenticationPrincipal PartnerCaller partner,
                                           @RequestBody TimecardRequest request) {
        return handle(partner, request, HttpStatus.OK, (shiftId, timecard) -> {
            TimecardState state = commands.sendAndWait(new CorrectTimecardCommand(shiftId, partner.clientId(),
                    timecard, clock.instant()));
            Instant updatedAt = state.correctedAt() == null ? state.recordedAt() : state.correctedAt();
            return answer(partner, request, null).withUpdatedAt(PartnerTimes.timestamp(updatedAt));
        });
    }

    private ResponseEntity<TimecardAnswer> handle(PartnerCaller partner, TimecardRequest request, HttpStatus status,
                                                  TimecardStep step) {
        FieldErrors errors = new FieldErrors();
        Timecard timecard = read(request, errors);
        try {
            errors.throwIfAny();
            ShiftId shiftId = directory.find(partner.clientId(), request.externalShiftId().strip())
                    .map(entry -> new ShiftId(entry.shiftId()))
                    .orElseThrow(() -> new FieldErrors().add("externalShiftId", UNKNOWN_SHIFT).asException());
            return ResponseEntity.status(status).body(step.apply(shiftId, timecard));
        } catch (RuntimeException refused) {
            Rejection rejection = Rejections.of(refused).orElseThrow(() -> refused);
            if (rejection.kind() != RejectionKind.VALIDATION) {
                throw refused;
            }
            return ResponseEntity.unprocessableEntity().body(answer(partner, request, rejection));
        }
    }

    /** The timecard the request describes, or null with its problems added to {@code errors}. */
    private Timecard read(TimecardRequest request, FieldErrors errors) {
        PartnerShiftRequest.requireId(errors, "externalShiftId", request.externalShiftId());
        Instant checkIn = PartnerShiftRequest.time(errors, "checkIn", request.checkIn(), ZoneOffset.UTC, UTC_FORMAT);
        Instant checkOut = PartnerShiftRequest.time(errors, "checkOut", request.checkOut(), ZoneOffset.UTC,
                UTC_FORMAT);
        Integer breakMinutes = request.breakDuration();
        if (breakMinutes == null) {
            errors.add("breakDuration", "The breakDuration field is required.");
        } else if (breakMinutes < 0 || breakMinutes > LONGEST_TIMECARD.toMinutes()) {
            errors.add("breakDuration", "The breakDuration must be a whole number of minutes from 0 to "
                    + LONGEST_TIMECARD.toMinutes() + ".");
        }
        if (checkIn == null || checkOut == null) {
            return null;
        }
        if (!checkOut.isAfter(checkIn)) {
            errors.add("checkOut", "The checkOut must be after the checkIn.");
        } else if (Duration.between(checkIn, checkOut).compareTo(LONGEST_TIMECARD) > 0) {
            errors.add("checkOut", "A timecard may cover at most 48 hours.");
        } else if (checkOut.isAfter(clock.instant().plus(CLOCK_SKEW))) {
            errors.add("checkOut", "The checkOut cannot be in the future.");
        } else if (breakMinutes != null && breakMinutes >= Duration.between(checkIn, checkOut).toMinutes()) {
            errors.add("breakDuration", "The break must be shorter than the time between checkIn and checkOut.");
        }
        return breakMinutes == null ? null : new Timecard(checkIn, checkOut, breakMinutes);
    }

    private static TimecardAnswer answer(PartnerCaller partner, TimecardRequest request, Rejection rejection) {
        return new TimecardAnswer(partner.clientId(), request.externalShiftId(), request.checkIn(),
                request.checkOut(), request.breakDuration(), rejection == null ? null : rejection.errors(), null,
                null, rejection == null ? null : INVALID);
    }

    /** Records or corrects the timecard of a shift. */
    @FunctionalInterface
    private interface TimecardStep {
        TimecardAnswer apply(ShiftId shiftId, Timecard timecard);
    }
}
