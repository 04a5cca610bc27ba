package com.shiftledger.command.wallet;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.rejection.RejectedException;
import com.shiftledger.api.rest.ApiResponse;
import com.shiftledger.api.wallet.ApproveWithdrawalCommand;
import com.shiftledger.api.wallet.RejectWithdrawalCommand;
import com.shiftledger.api.wallet.WalletId;
import com.shiftledger.api.wallet.WithdrawalReceipt;
import com.shiftledger.command.web.ReadAfterWrite;
import com.shiftledger.command.web.StrictJson;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The admin approves (pays out) or rejects (returns the funds of) a pending withdrawal. */
@RestController
@Tag(name = "Admin finance")
class WithdrawalProcessingController {

    private final CommandGateway commands;
    private final WalletLookup walletLookup;
    private final ReadAfterWrite readAfterWrite;

    WithdrawalProcessingController(CommandGateway commands, WalletLookup walletLookup,
                                   ReadAfterWrite readAfterWrite) {
        this.commands = commands;
        this.walletLookup = walletLookup;
        this.readAfterWrite = readAfterWrite;
    }

    @StrictJson
    record ProcessWithdrawalRequest(
            @NotBlank(message = "The action field is required.")
            @Pattern(regexp = "approve|reject", message = "The action must be one of: approve, reject.") String action,
            @Size(max = 1000, message = "The remarks may not be greater than 1000 characters.") String remarks) {
    }

    record ProcessedWithdrawal(long id, Money amount, String status, String remarks, String transactionId) {
    }

    @PostMapping("/api/v1/admin/finance/withdrawals/{id}/process")
    @Operation(summary = "Approve (pay out) or reject (return the funds of) a pending withdrawal",
            description = "action: approve (the reserved amount leaves the ledger as paid out) or reject (it "
                    + "returns to the wallet's balance); remarks at most 1000 characters. A withdrawal "
                    + "already processed is a 409.")
    ApiResponse<ProcessedWithdrawal> process(@PathVariable("id") long withdrawalId,
                                             @Valid @RequestBody ProcessWithdrawalRequest request) {
        WalletId walletId = walletLookup.walletOfWithdrawal(withdrawalId)
                .orElseThrow(() -> RejectedException.notFound(Wallet.WITHDRAWAL_NOT_FOUND));
        boolean approve = request.action().equals("approve");
        WithdrawalReceipt receipt = commands.sendAndWait(approve
                ? new ApproveWithdrawalCommand(walletId, withdrawalId, request.remarks())
                : new RejectWithdrawalCommand(walletId, withdrawalId, request.remarks()));
        readAfterWrite.walletAt(walletId, receipt.walletVersion());
        String message = approve ? "Withdrawal approved successfully" : "Withdrawal rejected successfully";
        return ApiResponse.ok(message, new ProcessedWithdrawal(withdrawalId, receipt.amount(),
                receipt.status().code(), request.remarks(), receipt.transactionId()));
    }
}
