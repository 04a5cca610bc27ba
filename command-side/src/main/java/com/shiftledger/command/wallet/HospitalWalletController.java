package com.shiftledger.command.wallet;

import com.shiftledger.api.identity.Caller;
import com.shiftledger.api.money.Money;
import com.shiftledger.api.rejection.RejectedException;
import com.shiftledger.api.rest.ApiResponse;
import com.shiftledger.api.wallet.CaptureTopUpCommand;
import com.shiftledger.api.wallet.CreateTopUpOrderCommand;
import com.shiftledger.api.wallet.MarkTopUpPendingCommand;
import com.shiftledger.api.wallet.TopUpChannel;
import com.shiftledger.api.wallet.TransactionReceipt;
import com.shiftledger.api.wallet.WalletId;
import com.shiftledger.api.wallet.WalletView;
import com.shiftledger.api.rejection.FieldErrors;
import com.shiftledger.command.web.RupeeAmount;
import com.shiftledger.command.web.StrictJson;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;

/** The hospital's wallet top-ups through Razorpay, in the seed's two steps. */
@RestController
@RequestMapping("/api/v1/hospital/wallet")
@Tag(name = "Hospital wallet")
class HospitalWalletController {

    static final String PENDING_MESSAGE = "Transaction created with pending status.";
    static final String CAPTURED_MESSAGE = "Payment successful. Funds added to wallet.";

    private final CommandGateway commands;
    private final PaymentGateway paymentGateway;
    private final WalletLookup walletLookup;
    private final WalletResponses walletResponses;
    private final Clock clock;

    HospitalWalletController(CommandGateway commands, PaymentGateway paymentGateway, WalletLookup walletLookup,
                             WalletResponses walletResponses, Clock clock) {
        this.commands = commands;
        this.paymentGateway = paymentGateway;
        this.walletLookup = walletLookup;
        this.walletResponses = walletResponses;
        this.clock = clock;
    }

    @StrictJson
    record TopUpOrderRequest(@NotNull(message = "The amount field is required.") @RupeeAmount(min = "100")
                             BigDecimal amount) {
    }

    record TopUpOrder(String orderId, Money amount, String currency, String keyId) {
    }

    @PostMapping("/create-topup-order")
    @Operation(summary = "Create a Razorpay order for a wallet top-up (minimum ₹100)",
            description = "amount: rupees, at least 100.00, at most two decimals. Answers the order_id to pay "
                    + "with Razorpay's checkout (key_id), then to verify with verify-topup-payment; nothing "
                    + "is credited before that.")
    ApiResponse<TopUpOrder> createTopUpOrder(@AuthenticationPrincipal Caller caller,
                                             @Valid @RequestBody TopUpOrderRequest request) {
        WalletId walletId = hospitalWallet(caller);
        Money amount = Money.ofRupees(request.amount());
        String orderId = paymentGateway.createOrder(amount, walletId.toString());
        commands.sendAndWait(new CreateTopUpOrderCommand(walletId, orderId, amount));
        return ApiResponse.ok("Order created successfully",
                new TopUpOrder(orderId, amount, "INR", paymentGateway.keyId()));
    }

    @StrictJson
    record VerifyTopUpRequest(
            @NotBlank(message = "The razorpay order id field is required.")
            @Size(max = 100, message = "The razorpay order id may not be greater than 100 characters.")
            String razorpayOrderId,
            @Size(max = 100, message = "The razorpay payment id may not be greater than 100 characters.")
            String razorpayPaymentId,
            @Size(max = 256, message = "The razorpay signature may not be greater than 256 characters.")
            String razorpaySignature,
            @NotNull(message = "The amount field is required.") @RupeeAmount BigDecimal amount) {
    }

    record TopUpTransaction(String transactionId, String type, String category, Money amount, String status,
                            Money balanceAfter, String referenceType, String referenceId, String paymentId,
                            String description, Instant createdAt) {
    }

    record TopUpResult(WalletView wallet, TopUpTransaction transaction) {
    }

    @PostMapping("/verify-topup-payment")
    @Operation(summary = "Verify a Razorpay payment and credit the wallet",
            description = "Step 1 (pending): only razorpay_order_id and amount. Step 2 (complete): all four fields; "
                    + "the payment signature is checked and the order's amount is credited once.")
    ApiResponse<TopUpResult> verifyTopUpPayment(@AuthenticationPrincipal Caller caller,
                                                @Valid @RequestBody VerifyTopUpRequest request) {
        WalletId walletId = hospitalWallet(caller);
        String orderId = request.razorpayOrderId().strip();
        walletLookup.walletOfOrder(orderId).filter(walletId::equals)
                .orElseThrow(() -> RejectedException.notFound(Wallet.ORDER_NOT_FOUND));
        Money claimed = Money.ofRupees(request.amount());
        boolean hasPayment = hasText(request.razorpayPaymentId());
        boolean hasSignature = hasText(request.razorpaySignature());
        if (!hasPayment && !hasSignature) {
            TransactionReceipt receipt = commands.sendAndWait(new MarkTopUpPendingCommand(walletId, orderId, claimed));
            return ApiResponse.ok(PENDING_MESSAGE, result(receipt, orderId, null, "pending"));
        }
        FieldErrors errors = new FieldErrors();
        if (!hasPayment) {
            errors.requireText("razorpay_payment_id", request.razorpayPaymentId());
        }
        if (!hasSignature) {
            errors.requireText("razorpay_signature", request.razorpaySignature());
        }
        errors.throwIfAny();
        String paymentId = request.razorpayPaymentId().strip();
        if (!paymentGateway.isPaymentSignatureValid(orderId, paymentId, request.razorpaySignature().strip())) {
            throw RejectedException.badRequest("razorpay_signature", "Invalid payment signature.");
        }
        TransactionReceipt receipt = commands.sendAndWait(
                new CaptureTopUpCommand(walletId, orderId, paymentId, TopUpChannel.VERIFY, claimed));
        return ApiResponse.ok(CAPTURED_MESSAGE, result(receipt, orderId, paymentId, "completed"));
    }

    private TopUpResult result(TransactionReceipt receipt, String orderId, String paymentId, String status) {
        Money balanceAfter = status.equals("pending") ? null : receipt.balanceAfter();
        TopUpTransaction transaction = new TopUpTransaction(receipt.transactionId(), "credit", "wallet_topup",
                receipt.amount(), status, balanceAfter, "razorpay_order", orderId, paymentId,
                "Wallet top-up via Razorpay", clock.instant());
        return new TopUpResult(walletResponses.walletAfter(receipt), transaction);
    }

    private static WalletId hospitalWallet(Caller caller) {
        caller.requireHospitalId();
        return caller.requireWallet();
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
