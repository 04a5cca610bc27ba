package com.shiftledger.command.sos;

import org.springframework.web.bind.annotation.ResponseStatus;
import com.shiftledger.api.identity.Caller;
import com.shiftledger.api.money.Money;
import com.shiftledger.api.platform.PlatformCalendar;
import com.shiftledger.api.platform.PlatformTerms;
import com.shiftledger.api.platform.SosTier;
import com.shiftledger.api.refund.RefundStatus;
import com.shiftledger.api.refund.RefundView;
import com.shiftledger.api.rejection.FieldErrors;
import com.shiftledger.api.rejection.RejectedException;
import com.shiftledger.api.rest.ApiResponse;
import com.shiftledger.api.shift.FindShiftQuery;
import com.shiftledger.api.shift.ProfessionType;
import com.shiftledger.api.shift.RaiseEmergencySosCommand;
import com.shiftledger.api.shift.ShiftId;
import com.shiftledger.api.shift.ShiftView;
import com.shiftledger.api.sos.CountSosRecipientsQuery;
import com.shiftledger.api.sos.EmergencySosView;
import com.shiftledger.api.sos.FindEmergencySosOfShiftQuery;
import com.shiftledger.api.sos.RequestSosRefundCommand;
import com.shiftledger.api.sos.SosId;
import com.shiftledger.api.sos.SosRefundReceipt;
import com.shiftledger.api.sos.SosStatus;
import com.shiftledger.api.wallet.TransactionView;
import com.shiftledger.api.subscription.MonthlyUse;
import com.shiftledger.command.subscription.SubscriptionLimits;
import com.shiftledger.command.web.IdSequences;
import com.shiftledger.command.web.PaysFromWallet;
import com.shiftledger.command.web.ReadAfterWrite;
import com.shiftledger.command.web.RupeeAmount;
import com.shiftledger.command.web.TermsInForce;
import com.shiftledger.command.web.StrictJson;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * A hospital raises an Emergency SOS on its unfilled shift (the extra pay moves from its wallet into the SOS's
 * escrow, or 402), and asks back what nobody can earn any more (a refund request an admin reviews).
 */
@RestController
@Tag(name = "Hospital emergency SOS")
class EmergencySosController {

    static final String CREATED = "Emergency SOS created successfully";
    static final String REFUND_REQUESTED = "Emergency SOS refund request submitted successfully. It will be "
            + "reviewed by admin.";
    static final String FUNDING_PENDING = "The payment for this Emergency SOS is still being processed; repeat the "
            + "request with the same Idempotency-Key to see its outcome.";

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final IdSequences ids;
    private final ReadAfterWrite readAfterWrite;
    private final TermsInForce termsInForce;
    private final PlatformCalendar calendar;
    private final SubscriptionLimits limits;

    EmergencySosController(CommandGateway commands, QueryGateway queries, IdSequences ids,
                           ReadAfterWrite readAfterWrite, TermsInForce termsInForce, PlatformCalendar calendar,
                           SubscriptionLimits limits) {
        this.commands = commands;
        this.queries = queries;
        this.ids = ids;
        this.readAfterWrite = readAfterWrite;
        this.termsInForce = termsInForce;
        this.calendar = calendar;
        this.limits = limits;
    }

    /** The body of {@code POST /hospital/emergency-sos}. */
    @StrictJson
    record RaiseSosRequest(
            @NotNull(message = "The shift id field is required.")
            @Positive(message = "The shift id must be a positive number.") Long shiftId,
            @NotBlank(message = "The urgency tier field is required.") String urgencyTier,
            @NotNull(message = "The radius km field is required.")
            @Min(value = 1, message = "The radius km must be between 1 and 500.")
            @Max(value = 500, message = "The radius km must be between 1 and 500.") Integer radiusKm,
            @Size(max = 1000, message = "The additional message may not be greater than 1000 characters.")
            String additionalMessage,
            Long subscriptionId) {
    }

    /** The seed's {@code sos} object of the answer. */
    record SosSummary(long id, long shiftId, String urgencyTier, BigDecimal extraPayPercent,
                      Money extraPayAmountPerProfessional, Money totalExtraAmount, Instant urgencyDeadline,
                      String status, long recipientsCount) {
    }

    /** The seed's {@code wallet_transaction} of the answer. */
    record SosDeduction(String transactionId, Money amountDeducted, Money newBalance) {
    }

    /** The seed's {@code tier_config}. */
    record TierConfig(String key, String label, int minutes, BigDecimal extraPayPercent) {
    }

    record RaisedSos(SosSummary sos, SosDeduction walletTransaction, TierConfig tierConfig, String urgencyDeadline,
                     long professionalsNotified) {
    }

    @PostMapping("/api/v1/hospital/emergency-sos")
    @ResponseStatus(HttpStatus.CREATED)
    @PaysFromWallet
    @Operation(summary = "Raise an Emergency SOS on a published shift with open positions: the tier's extra pay "
            + "for every open position moves from the wallet into the SOS's escrow (402 when the wallet is short)",
            description = "Extra pay per professional = the tier's percent of a position's professional pay, "
                    + "half-up to the paisa; total = that × the positions not yet filled. Applications until the "
                    + "urgency deadline (now + the tier's minutes) earn it once their work is completed. 400 when "
                    + "the shift already has an active SOS or all its positions are filled; 422 for an unknown "
                    + "tier; 403 past the plan's monthly SOS limit (the free plan's is shiftledger.subscription."
                    + "free-sos-per-month); 404 for another hospital's shift or one that is not published.")
    ResponseEntity<ApiResponse<RaisedSos>> raise(@AuthenticationPrincipal Caller caller,
                                                   @Valid @RequestBody RaiseSosRequest request) {
        long hospitalId = caller.requireHospitalId();
        PlatformTerms terms = termsInForce.now();
        SosTier tier = terms.tier(request.urgencyTier().strip()).orElseThrow(() -> RejectedException.invalid(
                "urgency_tier", FieldErrors.mustBeOneOf("urgency_tier", terms.sosTiers().stream().map(SosTier::key)
                        .toList())));
        ShiftView shift = queries.query(new FindShiftQuery(request.shiftId()), ShiftView.class).join();
        if (shift == null || shift.hospitalId() != hospitalId) {
            throw RejectedException.notFound("Shift not found.");
        }
        long recipients = queries.query(new CountSosRecipientsQuery(
                ProfessionType.valueOf(shift.professionType().toUpperCase()), caller.location(), request.radiusKm()),
                Long.class).join();
        SosId sosId = new SosId(ids.nextSosId());
        SubscriptionLimits.Claim claim = limits.claim(hospitalId, MonthlyUse.SOS, sosId.value());
        try {
            commands.sendAndWait(new RaiseEmergencySosCommand(new ShiftId(request.shiftId()), hospitalId, sosId,
                    tier, request.radiusKm(), blankToNull(request.additionalMessage()), recipients, calendar.now()));
        } catch (RuntimeException refused) {
            limits.release(claim);
            throw refused;
        }
        EmergencySosView sos = readAfterWrite.settled(sosId)
                .orElseThrow(() -> RejectedException.stillProcessing(FUNDING_PENDING));
        if (sos.status().equals(SosStatus.ABANDONED.code())) {
            // an SOS abandoned unpaid does not count against the month's limit
            limits.release(claim);
            throw RejectedException.insufficientBalance(sos.requiredAmount(), sos.walletBalance());
        }
        Money newBalance = readAfterWrite.transaction(sos.transactionId()).map(TransactionView::balanceAfter)
                .orElse(null);
        RaisedSos raised = new RaisedSos(
                new SosSummary(sos.id(), sos.shiftId(), sos.urgencyTier(), sos.extraPayPercent(),
                        sos.extraPayAmountPerProfessional(), sos.totalExtraAmount(), sos.urgencyDeadline(),
                        sos.status(), sos.recipientsCount()),
                new SosDeduction(sos.transactionId(), sos.totalExtraAmount(), newBalance),
                new TierConfig(tier.key(), tier.label(), tier.minutes(), tier.extraPayPercent()),
                DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(calendar.local(sos.urgencyDeadline())),
                sos.recipientsCount());
        return ResponseEntity.status(HttpStatus.CREATED).body(ApiResponse.ok(CREATED, raised));
    }

    /** The body of {@code POST /hospital/wallet/emergency-sos-refund}. */
    @StrictJson
    record SosRefundRequest(
            @NotBlank(message = "The transaction id field is required.")
            @Size(max = 40, message = "The transaction id may not be greater than 40 characters.")
            String transactionId,
            @NotNull(message = "The shift id field is required.")
            @Positive(message = "The shift id must be a positive number.") Long shiftId,
            @NotNull(message = "The refund amount field is required.") @RupeeAmount BigDecimal refundAmount,
            @NotBlank(message = "The description field is required.")
            @Size(max = 1000, message = "The description may not be greater than 1000 characters.")
            String description) {
    }

    record SosRefundOpened(long id, String refundId, Money refundAmount, String status, String reason) {
    }

    @PostMapping("/api/v1/hospital/wallet/emergency-sos-refund")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Ask for part of an SOS's escrow back; an admin reviews the request",
            description = "The amount may not exceed what is left in the SOS's escrow less what eligible "
                    + "professionals can still earn and the requests still pending (while the SOS is sent, every "
                    + "open slot can still be earned). transaction_id is the wallet transaction of the SOS's "
                    + "creation.")
    ResponseEntity<ApiResponse<SosRefundOpened>> requestRefund(@AuthenticationPrincipal Caller caller,
                                                                 @Valid @RequestBody SosRefundRequest request) {
        long hospitalId = caller.requireHospitalId();
        EmergencySosView sos = queries.query(new FindEmergencySosOfShiftQuery(hospitalId, request.shiftId(),
                request.transactionId().strip()), EmergencySosView.class).join();
        if (sos == null) {
            throw RejectedException.notFound(EmergencySos.SOS_NOT_FOUND);
        }
        SosRefundReceipt receipt = commands.sendAndWait(new RequestSosRefundCommand(new SosId(sos.id()), hospitalId,
                Money.ofRupees(request.refundAmount()), request.description().strip(), calendar.now()));
        RefundView refund = readAfterWrite.refund(receipt.refundId(), view -> true).orElse(null);
        SosRefundOpened opened = new SosRefundOpened(refund == null ? 0 : refund.id(), receipt.refundId().code(),
                receipt.amount(), RefundStatus.PENDING.code(), "emergency_sos_refund");
        return ResponseEntity.status(HttpStatus.CREATED).body(ApiResponse.ok(REFUND_REQUESTED, opened));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
