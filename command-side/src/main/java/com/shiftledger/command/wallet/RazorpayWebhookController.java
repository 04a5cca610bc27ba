package com.shiftledger.command.wallet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shiftledger.api.money.Money;
import com.shiftledger.api.rejection.RejectedException;
import com.shiftledger.api.rejection.RejectionKind;
import com.shiftledger.api.rest.ApiResponse;
import com.shiftledger.api.wallet.CaptureTopUpCommand;
import com.shiftledger.api.wallet.TopUpChannel;
import com.shiftledger.api.wallet.TransactionReceipt;
import com.shiftledger.api.wallet.WalletId;
import com.shiftledger.command.virtualaccount.VirtualAccountPayments;
import com.shiftledger.command.web.Rejections;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/**
 * Razorpay's {@code payment.captured} (and {@code order.paid}) webhook: the body's signature is checked with
 * the SDK, then the order is credited once, whether or not the app's verify call came first; the order of a mandate
 * top-up ({@link VirtualAccountPayments}) is confirmed and credited the same way. {@code virtual_account.credited} (a
 * bank transfer into a hospital's virtual account) credits the payment once per payment id. Only what Razorpay says
 * was captured is credited: a payment whose {@code status} is {@code captured}, in INR, of the order's amount (and,
 * for {@code order.paid}, an order whose {@code status} is {@code paid}). Anything else signed by Razorpay, an unknown
 * order or virtual account included, is logged and answered 2xx without effect, so that Razorpay does not send it
 * again.
 */
@RestController
@Tag(name = "Webhooks")
class RazorpayWebhookController {

    static final String SIGNATURE_HEADER = "X-Razorpay-Signature";
    static final String EVENT_ID_HEADER = "x-razorpay-event-id";
    static final String INVALID_SIGNATURE = "Invalid webhook signature.";
    static final int MAX_EVENT_ID_LENGTH = 100;
    private static final Set<String> CAPTURE_EVENTS = Set.of("payment.captured", "order.paid");
    static final String VIRTUAL_ACCOUNT_CREDITED = "virtual_account.credited";
    private static final Logger log = LoggerFactory.getLogger(RazorpayWebhookController.class);

    private final CommandGateway commands;
    private final PaymentGateway paymentGateway;
    private final WalletLookup walletLookup;
    private final VirtualAccountPayments virtualAccounts;
    private final RazorpayWebhookDeliveryRepository deliveries;
    private final ObjectMapper json;
    private final Clock clock;

    RazorpayWebhookController(CommandGateway commands, PaymentGateway paymentGateway, WalletLookup walletLookup,
                              VirtualAccountPayments virtualAccounts, RazorpayWebhookDeliveryRepository deliveries,
                              ObjectMapper json, Clock clock) {
        this.commands = commands;
        this.paymentGateway = paymentGateway;
        this.walletLookup = walletLookup;
        this.virtualAccounts = virtualAccounts;
        this.deliveries = deliveries;
        this.json = json;
        this.clock = clock;
    }

    record WebhookOutcome(String outcome, String transactionId) {
    }

    @PostMapping("/api/v1/webhooks/razorpay")
    @Operation(summary = "Razorpay webhook (payment.captured, order.paid, virtual_account.credited), signed with "
            + "the webhook secret",
            description = "Razorpay's event JSON, read as the exact bytes X-Razorpay-Signature (hex HMAC-SHA256 with "
                    + "the webhook secret) signs. Only a captured INR payment of the order's amount is credited, once "
                    + "(a top-up order or a mandate top-up's order); virtual_account.credited credits a captured INR "
                    + "bank transfer to the virtual account's hospital once per payment id. Any other signed event is "
                    + "answered 200 with outcome not_captured, amount_mismatch, unknown_order, "
                    + "unknown_virtual_account or ignored. A wrong signature is a 400.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = "application/json", schema = @Schema(type = "object"))))
    ApiResponse<WebhookOutcome> receive(@RequestBody(required = false) String body,
                                        @RequestHeader(name = SIGNATURE_HEADER, required = false) String signature,
                                        @RequestHeader(name = EVENT_ID_HEADER, required = false) String eventId) {
        if (body == null || !paymentGateway.isWebhookSignatureValid(body, signature)) {
            throw RejectedException.badRequest(INVALID_SIGNATURE);
        }
        if (eventId != null && (eventId.isBlank() || eventId.length() > MAX_EVENT_ID_LENGTH)) {
            throw RejectedException.badRequest("The " + EVENT_ID_HEADER + " header must be 1 to "
                    + MAX_EVENT_ID_LENGTH + " characters.");
        }
        if (eventId != null && deliveries.existsById(eventId)) {
            return ApiResponse.ok("Webhook already processed", new WebhookOutcome("duplicate", null));
        }
        JsonNode event = parse(body);
        String type = event.path("event").asText("");
        JsonNode payment = event.path("payload").path("payment").path("entity");
        String paymentId = textOrNull(payment.path("id"));
        String orderId = textOrNull(payment.path("order_id"));
        WebhookOutcome outcome;
        if (CAPTURE_EVENTS.contains(type)) {
            outcome = capture(type, event, orderId, paymentId, payment);
        } else if (type.equals(VIRTUAL_ACCOUNT_CREDITED)) {
            outcome = creditVirtualAccount(type, event, paymentId, payment);
        } else {
            outcome = new WebhookOutcome("ignored", null);
        }
        record(eventId, type, orderId, paymentId, outcome.outcome());
        return ApiResponse.ok("Webhook processed", outcome);
    }

    private WebhookOutcome capture(String type, JsonNode event, String orderId, String paymentId, JsonNode payment) {
        JsonNode amount = payment.path("amount");
        if (orderId == null || paymentId == null || !isPaise(amount)) {
            throw RejectedException.badRequest("The webhook payload has no payment with an order id and amount.");
        }
        Optional<String> notCaptured = notCaptured(type, event, payment);
        if (notCaptured.isPresent()) {
            log.warn("Razorpay {} for order {} (payment {}) not credited: {}", type, orderId, paymentId,
                    notCaptured.get());
            return new WebhookOutcome("not_captured", null);
        }
        Optional<WalletId> walletId = walletLookup.walletOfOrder(orderId);
        if (walletId.isEmpty()) {
            return confirmMandateTopUp(orderId, paymentId, amount.asLong());
        }
        TransactionReceipt receipt;
        try {
            // the claimed amount is the payment's: the wallet refuses it unless it is the order's amount
            receipt = commands.sendAndWait(new CaptureTopUpCommand(walletId.get(), orderId, paymentId,
                    TopUpChannel.WEBHOOK, Money.ofPaise(amount.asLong())));
        } catch (RuntimeException failure) {
            if (Rejections.of(failure).filter(rejection -> rejection.kind() == RejectionKind.VALIDATION).isEmpty()) {
                throw failure;
            }
            log.warn("Razorpay webhook for order {} (payment {}) of {} paise not credited: {}", orderId, paymentId,
                    amount.asLong(), failure.getMessage());
            return new WebhookOutcome("amount_mismatch", null);
        }
        return new WebhookOutcome(receipt.repeated() ? "already_credited" : "credited", receipt.transactionId());
    }

    private WebhookOutcome confirmMandateTopUp(String orderId, String paymentId, long amount) {
        Optional<VirtualAccountPayments.Credit> credit;
        try {
            credit = virtualAccounts.confirmMandateTopUp(orderId, paymentId, Money.ofPaise(amount));
        } catch (RuntimeException failure) {
            if (Rejections.of(failure).filter(rejection -> rejection.kind() == RejectionKind.VALIDATION).isEmpty()) {
                throw failure;
            }
            log.warn("Razorpay webhook for mandate top-up order {} (payment {}) of {} paise not credited: {}",
                    orderId, paymentId, amount, failure.getMessage());
            return new WebhookOutcome("amount_mismatch", null);
        }
        if (credit.isEmpty()) {
            log.warn("Razorpay webhook for unknown order {} (payment {}) ignored", orderId, paymentId);
            return new WebhookOutcome("unknown_order", null);
        }
        return outcomeOf(credit.get());
    }

    private WebhookOutcome creditVirtualAccount(String type, JsonNode event, String paymentId, JsonNode payment) {
        String virtualAccountId = textOrNull(event.path("payload").path("virtual_account").path("entity").path("id"));
        JsonNode amount = payment.path("amount");
        if (virtualAccountId == null || paymentId == null || !isPaise(amount)) {
            throw RejectedException.badRequest("The webhook payload has no payment into a virtual account with an "
                    + "amount.");
        }
        Optional<String> notCaptured = notCaptured(type, event, payment);
        if (notCaptured.isPresent()) {
            log.warn("Razorpay {} for virtual account {} (payment {}) not credited: {}", type, virtualAccountId,
                    paymentId, notCaptured.get());
            return new WebhookOutcome("not_captured", null);
        }
        Optional<VirtualAccountPayments.Credit> credit;
        try {
            credit = virtualAccounts.creditBankTransfer(virtualAccountId, paymentId, Money.ofPaise(amount.asLong()));
        } catch (RuntimeException failure) {
            if (Rejections.of(failure).filter(rejection -> rejection.kind() == RejectionKind.CONFLICT).isEmpty()) {
                throw failure;
            }
            log.warn("Razorpay {} of payment {} again with another amount ({} paise) not credited: {}", type,
                    paymentId, amount.asLong(), failure.getMessage());
            return new WebhookOutcome("amount_mismatch", null);
        }
        if (credit.isEmpty()) {
            log.warn("Razorpay {} for unknown virtual account {} (payment {}) ignored", type, virtualAccountId,
                    paymentId);
            return new WebhookOutcome("unknown_virtual_account", null);
        }
        return outcomeOf(credit.get());
    }

    private static WebhookOutcome outcomeOf(VirtualAccountPayments.Credit credit) {
        return new WebhookOutcome(credit.repeated() ? "already_credited" : "credited", credit.transactionId());
    }

    /** Why the event does not say the payment was captured; empty when it does. */
    private static Optional<String> notCaptured(String type, JsonNode event, JsonNode payment) {
        String status = payment.path("status").asText("");
        if (!"captured".equals(status)) {
            return Optional.of("the payment's status is '" + status + "', not 'captured'");
        }
        String currency = payment.path("currency").asText("");
        if (!"INR".equals(currency)) {
            return Optional.of("the payment's currency is '" + currency + "', not 'INR'");
        }
        if (type.equals("order.paid")) {
            String orderStatus = event.path("payload").path("order").path("entity").path("status").asText("");
            if (!"paid".equals(orderStatus)) {
                return Optional.of("the order's status is '" + orderStatus + "', not 'paid'");
            }
        }
        return Optional.empty();
    }

    private void record(String eventId, String type, String orderId, String paymentId, String outcome) {
        if (eventId == null || eventId.isBlank()) {
            return;
        }
        try {
            deliveries.save(new RazorpayWebhookDelivery(eventId, type, orderId, paymentId, outcome, clock.instant()));
        } catch (DataIntegrityViolationException concurrentDelivery) {
            log.debug("Razorpay event {} was recorded by a concurrent delivery", eventId);
        }
    }

    private JsonNode parse(String body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw RejectedException.badRequest("The webhook body is not valid JSON.");
        }
    }

    /** Razorpay sends amounts as a positive whole number of paise. */
    private static boolean isPaise(JsonNode amount) {
        return amount.isIntegralNumber() && amount.canConvertToLong() && amount.asLong() > 0;
    }

    private static String textOrNull(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? node.asText() : null;
    }
}
