package com.shiftledger.command.sos;

import com.shiftledger.api.identity.Caller;
import com.shiftledger.api.platform.PlatformCalendar;
import com.shiftledger.api.refund.FindRefundByIdQuery;
import com.shiftledger.api.refund.RefundId;
import com.shiftledger.api.refund.RefundStatus;
import com.shiftledger.api.refund.RefundView;
import com.shiftledger.api.rejection.RejectedException;
import com.shiftledger.api.rest.ApiResponse;
import com.shiftledger.api.sos.ReviewSosRefundCommand;
import com.shiftledger.api.sos.SosId;
import com.shiftledger.command.web.ReadAfterWrite;
import com.shiftledger.command.web.StrictJson;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * An admin approves ({@code sos:{o} → hospital:{h}}) or rejects (nothing moves, status {@code cancelled}) a hospital's
 * request for part of an SOS's escrow back. Refunds of a shift's escrow are released by their hold period, not here.
 */
@RestController
@Tag(name = "Admin finance")
class RefundReviewController {

    static final String NOT_REVIEWED_HERE = "Only refund requests for an Emergency SOS are reviewed; refunds of a "
            + "shift's escrow are released by themselves after their hold period.";

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final ReadAfterWrite readAfterWrite;
    private final PlatformCalendar calendar;

    RefundReviewController(CommandGateway commands, QueryGateway queries, ReadAfterWrite readAfterWrite,
                           PlatformCalendar calendar) {
        this.commands = commands;
        this.queries = queries;
        this.readAfterWrite = readAfterWrite;
        this.calendar = calendar;
    }

    @StrictJson
    record ReviewRequest(
            @NotBlank(message = "The action field is required.")
            @Pattern(regexp = "approve|reject", message = "The action must be one of: approve, reject.")
            String action,
            @Size(max = 1000, message = "The remarks may not be greater than 1000 characters.") String remarks) {
    }

    record ReviewedRefund(long id, String refundId, String status, String remarks) {
    }

    @PostMapping("/api/v1/admin/finance/refunds/{id}/process")
    @Operation(summary = "Approve (the amount returns from the SOS's escrow to the hospital's wallet) or reject "
            + "(nothing moves) a pending SOS refund request",
            description = "action: approve or reject; remarks at most 1000 characters. A request already "
                    + "reviewed is refused.")
    ApiResponse<ReviewedRefund> process(@AuthenticationPrincipal Caller caller, @PathVariable("id") long id,
                                        @Valid @RequestBody ReviewRequest request) {
        RefundView refund = queries.query(new FindRefundByIdQuery(id), RefundView.class).join();
        if (refund == null) {
            throw RejectedException.notFound("Refund request not found.");
        }
        if (refund.sosId() == null) {
            throw RejectedException.invalid("id", NOT_REVIEWED_HERE);
        }
        boolean approve = request.action().equals("approve");
        RefundId refundId = new RefundId(refund.refundId());
        commands.sendAndWait(new ReviewSosRefundCommand(new SosId(refund.sosId()), refundId, approve,
                request.remarks(), caller.userId(), calendar.now()));
        RefundView reviewed = readAfterWrite.refund(refundId, view -> approve
                        ? !view.status().equals(RefundStatus.PENDING.code())
                        : view.status().equals(RefundStatus.CANCELLED.code()))
                .orElse(refund);
        return ApiResponse.ok(approve ? "Refund approved successfully" : "Refund rejected successfully",
                new ReviewedRefund(reviewed.id(), reviewed.refundId(), reviewed.status(), reviewed.remarks()));
    }
}
