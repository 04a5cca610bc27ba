package com.shiftledger.command.alert;

import com.shiftledger.api.alert.LowBalanceWatchId;
import com.shiftledger.api.alert.SetLowBalanceThresholdCommand;
import com.shiftledger.api.identity.Caller;
import com.shiftledger.api.money.Money;
import com.shiftledger.api.platform.PlatformCalendar;
import com.shiftledger.api.rejection.FieldErrors;
import com.shiftledger.api.rest.ApiResponse;
import com.shiftledger.api.wallet.WalletId;
import com.shiftledger.command.web.StrictJson;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;

/**
 * A hospital sets its wallet's own low-balance threshold: from then on a fall below it, not below the platform's
 * {@code low_balance_threshold}, raises a low amount alert.
 */
@RestController
@Tag(name = "Hospital wallet")
class LowBalanceThresholdController {

    static final String UPDATED = "Low balance threshold updated successfully";

    private final CommandGateway commands;
    private final PlatformCalendar calendar;

    LowBalanceThresholdController(CommandGateway commands, PlatformCalendar calendar) {
        this.commands = commands;
        this.calendar = calendar;
    }

    /** The body of {@code PUT /hospital/wallet/low-balance-threshold}. */
    @StrictJson
    record LowBalanceThresholdRequest(@NotNull(message = "The threshold field is required.") BigDecimal threshold) {
    }

    /** The wallet's own threshold, now in force. */
    record LowBalanceThreshold(long hospitalId, long walletId, Money threshold) {
    }

    @PutMapping("/api/v1/hospital/wallet/low-balance-threshold")
    @Operation(summary = "Set the wallet's own low-balance threshold (rupees, 0 or more, at most two decimals)",
            description = "When the wallet's balance falls from at or above the threshold to below it, one low amount "
                    + "alert is raised and the hospital is notified; no more while it stays below. Without a threshold "
                    + "of its own the platform's low_balance_threshold (GET /admin/settings) is in force. 0 raises no "
                    + "alert.")
    ApiResponse<LowBalanceThreshold> set(@AuthenticationPrincipal Caller caller,
                                         @Valid @RequestBody LowBalanceThresholdRequest request) {
        long hospitalId = caller.requireHospitalId();
        WalletId walletId = caller.requireWallet();
        FieldErrors errors = new FieldErrors();
        Money threshold = LowBalanceThresholdInput.read(errors, "threshold", request.threshold());
        errors.throwIfAny();
        Money inForce = commands.sendAndWait(new SetLowBalanceThresholdCommand(new LowBalanceWatchId(walletId),
                hospitalId, threshold, caller.userId(), calendar.now()));
        return ApiResponse.ok(UPDATED, new LowBalanceThreshold(hospitalId, walletId.value(), inForce));
    }
}
