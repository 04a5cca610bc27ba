package com.shiftledger.command.alert;

import com.shiftledger.api.alert.FindLowBalanceAlertQuery;
import com.shiftledger.api.alert.LowBalanceAlertId;
import com.shiftledger.api.alert.LowBalanceAlertStatus;
import com.shiftledger.api.alert.LowBalanceAlertView;
import com.shiftledger.api.alert.LowBalanceWatchId;
import com.shiftledger.api.alert.ReviewLowBalanceAlertCommand;
import com.shiftledger.api.identity.Caller;
import com.shiftledger.api.money.Money;
import com.shiftledger.api.platform.PlatformCalendar;
import com.shiftledger.api.rejection.RejectedException;
import com.shiftledger.api.rest.ApiResponse;
import com.shiftledger.api.wallet.WalletId;
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

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** An admin marks an open low amount alert reviewed, with notes. */
@RestController
@Tag(name = "Admin low amount alerts")
class LowBalanceAlertReviewController {

    static final String REVIEWED = "Alert reviewed successfully";

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final ReadAfterWrite readAfterWrite;
    private final PlatformCalendar calendar;

    LowBalanceAlertReviewController(CommandGateway commands, QueryGateway queries, ReadAfterWrite readAfterWrite,
                                    PlatformCalendar calendar) {
        this.commands = commands;
        this.queries = queries;
        this.readAfterWrite = readAfterWrite;
        this.calendar = calendar;
    }

    /** The seed's body: {@code {"status": "reviewed", "notes": "..."}}. */
    @StrictJson
    record LowAmountAlertReviewRequest(
            @NotBlank(message = "The status field is required.")
            @Pattern(regexp = "reviewed", message = "The status must be one of: reviewed.") String status,
            @Size(max = 1000, message = "The notes may not be greater than 1000 characters.") String notes) {
    }

    /** The alert as reviewed. */
    record ReviewedLowAmountAlert(String id, long hospitalId, long walletId, Money balance, Money threshold,
                                  String status, String notes, Instant createdAt, Instant reviewedAt) {

        static ReviewedLowAmountAlert of(LowBalanceAlertView alert) {
            return new ReviewedLowAmountAlert(alert.alertId(), alert.hospitalId(), alert.walletId(), alert.balance(),
                    alert.threshold(), alert.status(), alert.notes(), alert.raisedAt(), alert.reviewedAt());
        }
    }

    @PostMapping("/api/v1/admin/low-amount-alerts/{id}/review")
    @Operation(summary = "Mark an open low amount alert reviewed (status reviewed), with notes",
            description = "status: reviewed; notes at most 1000 characters. An alert already reviewed is refused "
                    + "(409).")
    ApiResponse<ReviewedLowAmountAlert> review(@AuthenticationPrincipal Caller caller,
                                               @PathVariable("id") String id,
                                               @Valid @RequestBody LowAmountAlertReviewRequest request) {
        LowBalanceAlertView alert = find(id).orElseThrow(() -> RejectedException.notFound(
                LowBalanceWatch.ALERT_NOT_FOUND));
        LowBalanceAlertId alertId = new LowBalanceAlertId(alert.alertId());
        String notes = request.notes() == null || request.notes().isBlank() ? null : request.notes().strip();
        // microseconds, as the read side stores them: the answer shows the instant every later read shows
        Instant at = calendar.now().truncatedTo(ChronoUnit.MICROS);
        commands.sendAndWait(new ReviewLowBalanceAlertCommand(new LowBalanceWatchId(new WalletId(alert.walletId())),
                alertId, notes, caller.userId(), at));
        LowBalanceAlertView reviewed = readAfterWrite.lowBalanceAlert(alertId,
                view -> view.status().equals(LowBalanceAlertStatus.REVIEWED.code())).orElse(alert);
        return ApiResponse.ok(REVIEWED, ReviewedLowAmountAlert.of(reviewed));
    }

    /** The alert the path names, if it is one the read side knows. */
    private Optional<LowBalanceAlertView> find(String id) {
        if (!LowBalanceAlertId.isCode(id)) {
            return Optional.empty();
        }
        return Optional.ofNullable(queries.query(new FindLowBalanceAlertQuery(new LowBalanceAlertId(id)),
                LowBalanceAlertView.class).join());
    }
}
