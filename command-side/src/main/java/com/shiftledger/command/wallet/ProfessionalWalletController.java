package com.shiftledger.command.wallet;

import com.shiftledger.api.identity.Caller;
import com.shiftledger.api.money.Money;
import com.shiftledger.api.rest.ApiResponse;
import com.shiftledger.api.wallet.WalletId;
import com.shiftledger.api.wallet.WithdrawalReceipt;
import com.shiftledger.command.web.RequestReference;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The professional's withdrawal request; the earned amount is reserved until an admin processes it. */
@RestController
@RequestMapping("/api/v1/professional/wallet")
@Tag(name = "Professional wallet")
class ProfessionalWalletController {

    static final String WITHDRAWAL_MESSAGE = "Withdrawal request submitted";

    private final WithdrawalRequests withdrawalRequests;

    ProfessionalWalletController(WithdrawalRequests withdrawalRequests) {
        this.withdrawalRequests = withdrawalRequests;
    }

    record WithdrawalCreated(long requestId, Money amount, String status, Money newBalance) {
    }

    @PostMapping("/withdraw")
    @Operation(summary = "Request a withdrawal of earnings (bank transfer or UPI, minimum ₹100)",
            description = "Bank details and UPI id are optional for professionals; when given they are checked.")
    ApiResponse<WithdrawalCreated> withdraw(@AuthenticationPrincipal Caller caller,
                                            @RequestHeader(name = RequestReference.IDEMPOTENCY_KEY_HEADER,
                                                    required = false) String idempotencyKey,
                                            @Valid @RequestBody WithdrawalRequests.WithdrawalRequestBody request) {
        caller.requireProfessionalId();
        WalletId walletId = caller.requireWallet();
        WithdrawalReceipt receipt = withdrawalRequests.request(caller, walletId, idempotencyKey, request, false);
        return ApiResponse.ok(WITHDRAWAL_MESSAGE, new WithdrawalCreated(receipt.withdrawalId(), receipt.amount(),
                receipt.status().code(), receipt.balance()));
    }
}
