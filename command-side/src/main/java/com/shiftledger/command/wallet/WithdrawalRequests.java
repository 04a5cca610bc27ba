package com.shiftledger.command.wallet;

import com.shiftledger.api.identity.Caller;
import com.shiftledger.api.money.Money;
import com.shiftledger.api.wallet.PayoutDestination;
import com.shiftledger.api.wallet.PayoutMethod;
import com.shiftledger.api.wallet.RequestWithdrawalCommand;
import com.shiftledger.api.wallet.WalletId;
import com.shiftledger.api.wallet.WithdrawalReceipt;
import com.shiftledger.api.rejection.FieldErrors;
import com.shiftledger.command.web.IdSequences;
import com.shiftledger.command.web.RequestReference;
import com.shiftledger.command.web.RupeeAmount;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;

/** Turns a withdrawal request of a hospital or a professional into a {@link RequestWithdrawalCommand}. */
@Component
class WithdrawalRequests {

    private static final java.util.regex.Pattern IFSC = java.util.regex.Pattern.compile("[A-Z]{4}0[A-Z0-9]{6}");
    private static final java.util.regex.Pattern UPI = java.util.regex.Pattern.compile("[A-Za-z0-9._-]{2,256}@[A-Za-z]{2,64}");
    private static final java.util.regex.Pattern ACCOUNT_NUMBER = java.util.regex.Pattern.compile("[0-9]{6,20}");

    private final CommandGateway commands;
    private final IdSequences ids;

    WithdrawalRequests(CommandGateway commands, IdSequences ids) {
        this.commands = commands;
        this.ids = ids;
    }

    /** The body of {@code POST .../wallet/withdraw}. */
    record WithdrawalRequestBody(
            @NotNull(message = "The amount field is required.") @RupeeAmount(min = "100") BigDecimal amount,
            @NotBlank(message = "The payment method field is required.")
            @Pattern(regexp = "bank_transfer|upi", message = "The selected payment method is invalid.")
            String paymentMethod,
            @Size(max = 255, message = "The bank name may not be greater than 255 characters.") String bankName,
            String accountNumber,
            String ifscCode,
            @Size(max = 255, message = "The account holder name may not be greater than 255 characters.")
            String accountHolderName,
            @Size(max = 255, message = "The upi id may not be greater than 255 characters.") String upiId) {
    }

    WithdrawalReceipt request(Caller caller, WalletId walletId, String idempotencyKey, WithdrawalRequestBody body,
                              boolean destinationRequired) {
        PayoutMethod method = PayoutMethod.valueOf(body.paymentMethod().toUpperCase());
        PayoutDestination destination = destinationOf(method, body, destinationRequired);
        long withdrawalId = ids.nextWithdrawalId();
        String reference = RequestReference.of(caller, idempotencyKey, "withdrawal:" + withdrawalId);
        return commands.sendAndWait(new RequestWithdrawalCommand(walletId, withdrawalId,
                Money.ofRupees(body.amount()), method, destination, reference));
    }

    private static PayoutDestination destinationOf(PayoutMethod method, WithdrawalRequestBody body,
                                                   boolean required) {
        FieldErrors errors = new FieldErrors();
        if (method == PayoutMethod.BANK_TRANSFER) {
            if (required) {
                errors.requireText("bank_name", body.bankName())
                        .requireText("account_number", body.accountNumber())
                        .requireText("ifsc_code", body.ifscCode());
            }
            if (hasText(body.accountNumber()) && !ACCOUNT_NUMBER.matcher(body.accountNumber().strip()).matches()) {
                errors.add("account_number", "The account number must be 6 to 20 digits.");
            }
            if (hasText(body.ifscCode()) && !IFSC.matcher(body.ifscCode().strip().toUpperCase()).matches()) {
                errors.add("ifsc_code", "The ifsc code format is invalid.");
            }
            errors.throwIfAny();
            return new PayoutDestination(strip(body.bankName()), strip(body.accountNumber()),
                    hasText(body.ifscCode()) ? body.ifscCode().strip().toUpperCase() : null,
                    strip(body.accountHolderName()), null);
        }
        if (required) {
            errors.requireText("upi_id", body.upiId());
        }
        if (hasText(body.upiId()) && !UPI.matcher(body.upiId().strip()).matches()) {
            errors.add("upi_id", "The upi id format is invalid.");
        }
        errors.throwIfAny();
        return new PayoutDestination(null, null, null, strip(body.accountHolderName()), strip(body.upiId()));
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    private static String strip(String value) {
        return hasText(value) ? value.strip() : null;
    }
}
