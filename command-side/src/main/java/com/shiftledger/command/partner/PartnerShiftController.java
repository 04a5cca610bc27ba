package com.shiftledger.command.partner;

import org.springframework.web.bind.annotation.ResponseStatus;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.shiftledger.api.partner.CancelPartnerShiftCommand;
import com.shiftledger.api.partner.PartnerCaller;
import com.shiftledger.api.partner.PartnerOrigin;
import com.shiftledger.api.partner.PartnerShiftRemoval;
import com.shiftledger.api.partner.RevisePartnerShiftCommand;
import com.shiftledger.api.rejection.FieldErrors;
import com.shiftledger.api.rejection.RejectedException;
import com.shiftledger.api.rejection.RejectionKind;
import com.shiftledger.api.shift.CreateShiftCommand;
import com.shiftledger.api.shift.FundingReference;
import com.shiftledger.api.shift.PayType;
import com.shiftledger.api.shift.ShiftChange;
import com.shiftledger.api.shift.ShiftId;
import com.shiftledger.api.shift.ShiftTerms;
import com.shiftledger.command.partner.PartnerShiftRequest.PartnerShift;
import com.shiftledger.api.subscription.MonthlyUse;
import com.shiftledger.command.shift.ShiftCodes;
import com.shiftledger.command.shift.ShiftResponses;
import com.shiftledger.command.subscription.SubscriptionLimits;
import com.shiftledger.command.web.IdSequences;
import com.shiftledger.command.web.PaysFromWallet;
import com.shiftledger.command.web.TermsInForce;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A partner's shifts ({@code /partner/v1/shifts}): created and published at once for the partner's hospital, one
 * position paid by the hour from the rate card raised by the boost, funded from the hospital's wallet (402 when it
 * is short, and nothing is created); changed by the same raise and cut rules as a hospital's change; deleted as a
 * hospital cancels. The same create request again answers as the first did; another under the same
 * {@code externalShiftId} is refused.
 */
@RestController
@RequestMapping("/partner/v1/shifts")
@Tag(name = "Partner shifts")
class PartnerShiftController {

    static final String SHIFT_NOT_FOUND = "Shift not found.";
    static final String ID_TAKEN = "The externalShiftId is taken by another shift request of yours; send the same "
            + "request to see its answer, or use a new externalShiftId.";

    private final CommandGateway commands;
    private final IdSequences ids;
    private final PartnerShiftDirectory directory;
    private final ShiftResponses responses;
    private final TermsInForce termsInForce;
    private final Clock clock;
    private final SubscriptionLimits limits;

    PartnerShiftController(CommandGateway commands, IdSequences ids, PartnerShiftDirectory directory,
                           ShiftResponses responses, TermsInForce termsInForce, Clock clock,
                           SubscriptionLimits limits) {
        this.commands = commands;
        this.ids = ids;
        this.directory = directory;
        this.responses = responses;
        this.termsInForce = termsInForce;
        this.clock = clock;
        this.limits = limits;
    }

    /** The IntelyCare envelope: {@code {"data": ...}}. */
    record PartnerEnvelope<T>(T data) {
    }

    /** A partner shift as the IntelyCare API answers it: the request's fields with the ids and the local date. */
    @JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
    record PartnerShiftData(long clientId, long internalShiftId, String externalShiftId, String shiftStartTime,
                            String shiftEndTime, LocalDate shiftDate, String shiftUnit,
                            String healthcareProfessionalType, String shiftSource, int shiftBoostPercentage,
                            String timezone) {
    }

    /** The answer to a delete: the shift, its date, and 1 when this request removed it (0 when it was gone). */
    @JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
    record RemovedShift(long internalShiftId, LocalDate shiftDate, int removed) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PaysFromWallet
    @Operation(summary = "Create a shift request: a one-position hourly shift for your hospital, published at once "
            + "and paid from its wallet (402 when short)",
            description = "IntelyCare's fields, all required but shiftBoostPercentage and timezone: "
                    + "externalShiftId (your id, unique per client), shiftStartTime and shiftEndTime "
                    + "(ISO-8601: UTC with a Z, or the facility's local time without it; at most 24 hours "
                    + "apart, ending in the future), shiftUnit, healthcareProfessionalType (a type on your "
                    + "rate card), shiftSource, shiftBoostPercentage (added to the hourly rate), timezone "
                    + "(IANA or ET, CT, MT, PT). Answers 201; the same externalShiftId with another body is "
                    + "a 409.")
    ResponseEntity<PartnerEnvelope<PartnerShiftData>> create(@AuthenticationPrincipal PartnerCaller partner,
                                                             @RequestBody PartnerShiftRequest request) {
        Instant now = clock.instant();
        PartnerShift shift = request.read(partner, true, now, new FieldErrors());
        String externalShiftId = request.externalShiftId().strip();
        ShiftId newShift = new ShiftId(ids.nextShiftId());
        // the month's claim on the hospital's shift limit, made only when this request creates the shift, in the
        // transaction that claims the id and creates the shift: all three are stored, or (a refusal, a crash) none.
        // The read side counts the claim once that transaction has committed, so it is waited for after it.
        AtomicReference<SubscriptionLimits.Claim> monthly = new AtomicReference<>();
        PartnerShiftDirectory.Claim claim = directory.claim(new PartnerShiftDirectory.Entry(partner.clientId(),
                externalShiftId, newShift.value(), request.fingerprint(), now), () -> {
            ShiftTerms terms = ShiftTerms.of(PayType.HOURLY, shift.payPerHour(), 1, termsInForce.now());
            monthly.set(limits.claimUncounted(partner.hospitalId(), MonthlyUse.SHIFT, newShift.value()));
            commands.sendAndWait(new CreateShiftCommand(newShift, partner.hospitalId(), partner.hospitalName(),
                    partner.walletId(), ShiftCodes.of(newShift, shift.schedule().shiftDate()),
                    shift.details(partner.name()), shift.schedule(), terms, partner.location(), true,
                    new PartnerOrigin(partner.clientId(), externalShiftId), now));
        });
        SubscriptionLimits.Claim counted = claim.created() ? monthly.get() : null;
        if (counted != null) {
            limits.awaitCounted(counted);
        }
        PartnerShiftDirectory.Entry entry = claim.entry();
        if (!entry.fingerprint().equals(request.fingerprint())) {
            throw RejectedException.conflict(ID_TAKEN);
        }
        ShiftId shiftId = new ShiftId(entry.shiftId());
        try {
            responses.paid(new FundingReference(shiftId, 1));
        } catch (RejectedException refused) {
            if (refused.rejection().kind() == RejectionKind.INSUFFICIENT_BALANCE) {
                // the shift was discarded: the id is free again for when the wallet is topped up, and the month's
                // claim goes back
                directory.release(entry);
                if (counted != null) {
                    limits.release(counted);
                }
            }
            throw refused;
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new PartnerEnvelope<>(data(partner, request, externalShiftId, shiftId, shift)));
    }

    @PutMapping("/{shiftId}")
    @PaysFromWallet
    @Operation(summary = "Change your shift's times, unit, professional type or boost; a raise is paid from the "
            + "wallet (402 when short), a cut is refunded after the hold period less the refund fee",
            description = "The path's shiftId is the internalShiftId the creation answered. The body is the "
                    + "creation's, without externalShiftId; the times, unit, type and boost replace the shift's.")
    PartnerEnvelope<PartnerShiftData> update(@AuthenticationPrincipal PartnerCaller partner,
                                             @PathVariable("shiftId") String shiftId,
                                             @RequestBody PartnerShiftRequest request) {
        PartnerShiftDirectory.Entry entry = owned(partner, shiftId);
        Instant now = clock.instant();
        PartnerShift shift = request.read(partner, false, now, new FieldErrors());
        ShiftId id = new ShiftId(entry.shiftId());
        ShiftChange change = commands.sendAndWait(new RevisePartnerShiftCommand(id, partner.clientId(),
                shift.details(partner.name()), shift.schedule(), shift.payPerHour(), now));
        if (change.funding() != null) {
            responses.paid(change.funding());
        }
        responses.awaitProjected(change);
        return new PartnerEnvelope<>(data(partner, request, entry.externalShiftId(), id, shift));
    }

    @DeleteMapping("/{shiftId}")
    @Operation(summary = "Delete your shift before work starts: cancelled, its escrow refunded after the hold "
            + "period less the refund fee")
    PartnerEnvelope<RemovedShift> delete(@AuthenticationPrincipal PartnerCaller partner,
                                         @PathVariable("shiftId") String shiftId) {
        PartnerShiftDirectory.Entry entry = owned(partner, shiftId);
        PartnerShiftRemoval removal = commands.sendAndWait(new CancelPartnerShiftCommand(
                new ShiftId(entry.shiftId()), partner.clientId(), clock.instant()));
        responses.awaitProjected(removal.change());
        return new PartnerEnvelope<>(new RemovedShift(entry.shiftId(), removal.shiftDate(),
                removal.removed() ? 1 : 0));
    }

    private PartnerShiftDirectory.Entry owned(PartnerCaller partner, String shiftId) {
        long id = parseId(shiftId);
        return directory.findByShift(partner.clientId(), id)
                .orElseThrow(() -> RejectedException.notFound(SHIFT_NOT_FOUND));
    }

    private static long parseId(String value) {
        try {
            long id = Long.parseLong(value);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException notANumber) {
            // not one of our shift ids
        }
        throw RejectedException.notFound(SHIFT_NOT_FOUND);
    }

    private static PartnerShiftData data(PartnerCaller partner, PartnerShiftRequest request, String externalShiftId,
                                         ShiftId shiftId, PartnerShift shift) {
        return new PartnerShiftData(partner.clientId(), shiftId.value(), externalShiftId, request.shiftStartTime(),
                request.shiftEndTime(), shift.schedule().shiftDate(), shift.unit(), shift.qualification(),
                shift.source(), shift.boostPercent(),
                request.timezone() == null ? shift.zone().getId() : request.timezone());
    }
}
