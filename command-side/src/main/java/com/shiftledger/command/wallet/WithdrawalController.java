package com.shiftledger.command.wallet;

import com.shiftledger.api.identity.Caller;
import com.shiftledger.api.money.Money;
import com.shiftledger.api.rejection.FieldErrors;
import com.shiftledger.api.rest.ApiResponse;
import com.shiftledger.api.wallet.PayoutDestination;
import com.shiftledger.api.wallet.PayoutMethod;
import com.shiftledger.api.wallet.RequestWithdrawalCommand;
import com.shiftledger.api.wallet.WalletId;
import com.shiftledger.api.wallet.WithdrawalReceipt;
import com.shiftledger.command.web.IdSequences;
import com.shiftledger.command.web.PaysFromWallet;
import com.shiftledger.command.web.ReadAfterWrite;
import com.shiftledger.command.web.RequestReference;
import com.shiftledger.command.web.RupeeAmount;
import com.shiftledger.command.web.StrictJson;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;

/**
 * A hospital's or a professional's withdrawal request: the amount is reserved at once
 * ({@code wallet → withdrawal:{w}}, see {@link RequestWithdrawalCommand}) until an admin approves or rejects it.
 */
@RestController
@Tag(name = "Wallet withdrawals")
class WithdrawalController {

    static final String HOSPITAL_MESSAGE = "Withdrawal request submitted successfully";
    static final String PROFESSIONAL_MESSAGE = "Withdrawal request submitted";

    private static final java.util.regex.Pattern IFSC = java.util.regex.Pattern.compile("[A-Z]{4}0[A-Z0-9]{6}");
    private static final java.util.regex.Pattern UPI =
            java.util.regex.Pattern.compile("[A-Za-z0-9._-]{2,256}@[A-Za-z]{2,64}");
    private static final java.util.regex.Pattern ACCOUNT_NUMBER = java.util.regex.Pattern.compile("[0-9]{6,20}");

    private final CommandGateway commands;
    private final IdSequences ids;
    private final ReadAfterWrite readAfterWrite;
    private final PayoutDestinations destinations;

    WithdrawalController(CommandGateway commands, IdSequences ids, ReadAfterWrite readAfterWrite,
                         PayoutDestinations destinations) {
        this.commands = commands;
        this.ids = ids;
        this.readAfterWrite = readAfterWrite;
        this.destinations = destinations;
    }

    /** The body of {@code POST .../wallet/withdraw}. */
    @StrictJson
    record WithdrawalRequest(
            @NotNull(message = "The amount field is required.") @RupeeAmount(min = "100") BigDecimal amount,
            @NotBlank(message = "The payment method field is required.")
            @Pattern(regexp = "bank_transfer|upi", message = "The payment method must be one of: bank_transfer, upi.")
            String paymentMethod,
            @Size(max = 255, message = "The bank name may not be greater than 255 characters.") String bankName,
            @Size(max = 20, message = "The account number may not be greater than 20 characters.")
            String accountNumber,
            @Size(max = 11, message = "The ifsc code may not be greater than 11 characters.") String ifscCode,
            @Size(max = 255, message = "The account holder name may not be greater than 255 characters.")
            String accountHolderName,
            @Size(max = 255, message = "The upi id may not be greater than 255 characters.") String upiId) {
    }

    record HospitalWithdrawal(long id, Money amount, String status) {
    }

    @PostMapping("/api/v1/hospital/wallet/withdraw")
    @PaysFromWallet
    @Operation(summary = "Request a withdrawal (bank transfer or UPI, minimum ₹100); the amount is reserved at once",
            description = "amount: rupees, at least 100.00. payment_method bank_transfer needs bank_name, "
                    + "account_number (6 to 20 digits) and ifsc_code (AAAA0XXXXXX); upi needs upi_id "
                    + "(name@handle); account_holder_name is optional. Any other field is a 422. An admin "
                    + "approves or rejects it with POST /admin/finance/withdrawals/{id}/process.")
    ApiResponse<HospitalWithdrawal> hospital(@AuthenticationPrincipal Caller caller, RequestReference reference,
                                             @Valid @RequestBody WithdrawalRequest request) {
        caller.requireHospitalId();
        WithdrawalReceipt receipt = withdraw(caller.requireWallet(), reference, request);
        return ApiResponse.ok(HOSPITAL_MESSAGE,
                new HospitalWithdrawal(receipt.withdrawalId(), receipt.amount(), receipt.status().code()));
    }

    record ProfessionalWithdrawal(long requestId, Money amount, String status, Money newBalance) {
    }

    @PostMapping("/api/v1/professional/wallet/withdraw")
    @PaysFromWallet
    @Operation(summary = "Request a withdrawal of earnings (bank transfer or UPI, minimum ₹100)",
            description = "The same destination as a hospital's: bank_name, account_number and ifsc_code for "
                    + "bank_transfer, upi_id for upi; checked the same way.")
    ApiResponse<ProfessionalWithdrawal> professional(@AuthenticationPrincipal Caller caller,
                                                     RequestReference reference,
                                                     @Valid @RequestBody WithdrawalRequest request) {
        caller.requireProfessionalId();
        WithdrawalReceipt receipt = withdraw(caller.requireWallet(), reference, request);
        return ApiResponse.ok(PROFESSIONAL_MESSAGE, new ProfessionalWithdrawal(receipt.withdrawalId(),
                receipt.amount(), receipt.status().code(), receipt.balance()));
    }

    private WithdrawalReceipt withdraw(WalletId walletId, RequestReference reference, WithdrawalRequest request) {
        PayoutMethod method = PayoutMethod.valueOf(request.paymentMethod().toUpperCase());
        PayoutDestination destination = destinationOf(method, request);
        long withdrawalId = ids.nextWithdrawalId();
        // the details stay out of the event store: the event names them by their reference
        String destinationId = destinations.store(walletId, method, destination);
        WithdrawalReceipt receipt;
        try {
            receipt = commands.sendAndWait(new RequestWithdrawalCommand(walletId, withdrawalId,
                    Money.ofRupees(request.amount()), method, destinationId,
                    reference.or("withdrawal:" + withdrawalId)));
        } catch (RuntimeException refused) {
            destinations.forget(destinationId);
            throw refused;
        }
        if (receipt.repeated()) {
            // the first request's withdrawal keeps the destination it was made with
            destinations.forget(destinationId);
        }
        readAfterWrite.walletAt(walletId, receipt.walletVersion());
        return receipt;
    }

    /** Money is never paid to nowhere: each method needs its destination, for hospitals and professionals alike. */
    private static PayoutDestination destinationOf(PayoutMethod method, WithdrawalRequest request) {
        FieldErrors errors = new FieldErrors();
        if (method == PayoutMethod.BANK_TRANSFER) {
            errors.requireText("bank_name", request.bankName())
                    .requireText("account_number", request.accountNumber())
                    .requireText("ifsc_code", request.ifscCode());
            if (hasText(request.accountNumber())
                    && !ACCOUNT_NUMBER.matcher(request.accountNumber().strip()).matches()) {
                errors.add("account_number", "The account number must be 6 to 20 digits.");
            }
            if (hasText(request.ifscCode()) && !IFSC.matcher(request.ifscCode().strip().toUpperCase()).matches()) {
                errors.add("ifsc_code", "The ifsc code must be 11 characters: 4 letters, a 0, then 6 letters or "
                        + "digits (AAAA0XXXXXX).");
            }
            errors.throwIfAny();
            return new PayoutDestination(strip(request.bankName()), strip(request.accountNumber()),
                    hasText(request.ifscCode()) ? request.ifscCode().strip().toUpperCase() : null,
                    strip(request.accountHolderName()), null);
        }
        errors.requireText("upi_id", request.upiId());
        if (hasText(request.upiId()) && !UPI.matcher(request.upiId().strip()).matches()) {
            errors.add("upi_id", "The upi id must be name@handle: 2 to 256 letters, digits, . _ or -, an @, "
                    + "then 2 to 64 letters.");
        }
        errors.throwIfAny();
        return new PayoutDestination(null, null, null, strip(request.accountHolderName()), strip(request.upiId()));
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    private static String strip(String value) {
        return hasText(value) ? value.strip() : null;
    }
}
