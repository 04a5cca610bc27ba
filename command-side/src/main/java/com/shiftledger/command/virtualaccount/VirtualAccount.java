package com.shiftledger.command.virtualaccount;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.rejection.RejectedException;
import com.shiftledger.api.virtualaccount.ActivateMandateCommand;
import com.shiftledger.api.virtualaccount.ConfirmMandateTopUpCommand;
import com.shiftledger.api.virtualaccount.CreateVirtualAccountCommand;
import com.shiftledger.api.virtualaccount.MandateActivatedEvent;
import com.shiftledger.api.virtualaccount.MandateTopUpConfirmedEvent;
import com.shiftledger.api.virtualaccount.MandateTopUpOrderedEvent;
import com.shiftledger.api.virtualaccount.MandateTopUpReceipt;
import com.shiftledger.api.virtualaccount.ReceivingAccount;
import com.shiftledger.api.virtualaccount.TopUpThroughMandateCommand;
import com.shiftledger.api.virtualaccount.VirtualAccountCreatedEvent;
import com.shiftledger.api.virtualaccount.VirtualAccountId;
import com.shiftledger.api.virtualaccount.VirtualAccountView;
import com.shiftledger.api.wallet.WalletId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A hospital's virtual account with Razorpay: where its bank transfers arrive, and its mandate. It decides the
 * mandate top-ups: only with an active mandate, never above the mandate's maximum (a larger amount is capped at it),
 * one order per trigger, and each order confirmed once, for the amount it was ordered for.
 */
@Aggregate
class VirtualAccount {

    static final String NO_ACTIVE_MANDATE = "The virtual account has no active mandate.";
    static final String MAX_AMOUNT_REQUIRED = "The mandate max amount field is required to activate a mandate.";
    static final String TOP_UP_NOT_FOUND = "Mandate top-up order not found.";
    static final String AMOUNT_DIFFERS_FROM_ORDER = "The amount does not match the order amount.";
    static final String TRIGGER_REQUIRED = "A mandate top-up needs the reference of what triggered it.";

    @AggregateIdentifier
    private VirtualAccountId virtualAccountId;
    private long hospitalId;
    private WalletId walletId;
    private String name;
    private ReceivingAccount receivingAccount;
    private boolean hasMandate;
    private Money mandateMaxAmount;
    private String customerId;
    private String tokenId;
    private Instant mandateActivatedAt;
    private Instant createdAt;
    private Map<String, TopUp> topUpsByTrigger = new HashMap<>();
    private Map<String, String> triggersByOrder = new HashMap<>();

    /** What the account remembers of a mandate top-up. */
    record TopUp(String orderId, String paymentId, long amount, long requestedAmount, boolean confirmed) {
    }

    protected VirtualAccount() {
        // required by Axon to rebuild the virtual account from its events
    }

    @CommandHandler
    VirtualAccount(CreateVirtualAccountCommand command) {
        apply(new VirtualAccountCreatedEvent(command.virtualAccountId(), command.hospitalId(), command.walletId(),
                command.name(), command.receivingAccount(), command.hasMandate(),
                command.hasMandate() ? command.mandateMaxAmount() : null, command.adminUserId(), command.at()));
    }

    @CommandHandler
    VirtualAccountView handle(ActivateMandateCommand command) {
        Money maxAmount = command.maxAmount() != null ? command.maxAmount() : mandateMaxAmount;
        if (maxAmount == null || !maxAmount.isPositive()) {
            throw RejectedException.invalid("mandate_max_amount", MAX_AMOUNT_REQUIRED);
        }
        if (!isActiveWith(command.customerId(), command.tokenId(), maxAmount)) {
            apply(new MandateActivatedEvent(virtualAccountId, hospitalId, command.customerId(), command.tokenId(),
                    maxAmount, command.adminUserId(), command.at()));
        }
        return view();
    }

    @CommandHandler
    MandateTopUpReceipt handle(TopUpThroughMandateCommand command, SmartCollect smartCollect) {
        String trigger = command.triggerReference();
        if (trigger == null || trigger.isBlank()) {
            throw RejectedException.invalid("trigger_reference", TRIGGER_REQUIRED);
        }
        TopUp earlier = topUpsByTrigger.get(trigger);
        if (earlier != null) {
            return receipt(trigger, earlier, true);
        }
        if (!isMandateActive()) {
            throw RejectedException.conflict(NO_ACTIVE_MANDATE);
        }
        if (!command.amount().isPositive()) {
            throw RejectedException.invalid("amount", "The amount must be greater than 0.");
        }
        Money amount = cappedAtMandate(command.amount());
        SmartCollect.MandateCharge charge = smartCollect.chargeMandate(amount, receiptFor(topUpsByTrigger.size() + 1),
                customerId, tokenId, hospitalId);
        apply(new MandateTopUpOrderedEvent(virtualAccountId, hospitalId, walletId, trigger, charge.orderId(),
                charge.paymentId(), amount, command.amount()));
        return receipt(trigger, topUpsByTrigger.get(trigger), false);
    }

    @CommandHandler
    MandateTopUpReceipt handle(ConfirmMandateTopUpCommand command) {
        String trigger = triggersByOrder.get(command.orderId());
        if (trigger == null) {
            throw RejectedException.notFound(TOP_UP_NOT_FOUND);
        }
        TopUp topUp = topUpsByTrigger.get(trigger);
        if (topUp.amount() != command.capturedAmount().paise()) {
            throw RejectedException.invalid("amount", AMOUNT_DIFFERS_FROM_ORDER);
        }
        if (topUp.confirmed()) {
            return receipt(trigger, topUp, true);
        }
        apply(new MandateTopUpConfirmedEvent(virtualAccountId, walletId, trigger, command.orderId(),
                command.paymentId(), Money.ofPaise(topUp.amount())));
        return receipt(trigger, topUpsByTrigger.get(trigger), false);
    }

    @EventSourcingHandler
    void on(VirtualAccountCreatedEvent event) {
        virtualAccountId = event.virtualAccountId();
        hospitalId = event.hospitalId();
        walletId = event.walletId();
        name = event.name();
        receivingAccount = event.receivingAccount();
        hasMandate = event.hasMandate();
        mandateMaxAmount = event.mandateMaxAmount();
        createdAt = event.at();
    }

    @EventSourcingHandler
    void on(MandateActivatedEvent event) {
        hasMandate = true;
        customerId = event.customerId();
        tokenId = event.tokenId();
        mandateMaxAmount = event.maxAmount();
        mandateActivatedAt = event.at();
    }

    @EventSourcingHandler
    void on(MandateTopUpOrderedEvent event) {
        topUpsByTrigger.put(event.triggerReference(), new TopUp(event.orderId(), event.paymentId(),
                event.amount().paise(), event.requestedAmount().paise(), false));
        triggersByOrder.put(event.orderId(), event.triggerReference());
    }

    @EventSourcingHandler
    void on(MandateTopUpConfirmedEvent event) {
        topUpsByTrigger.computeIfPresent(event.triggerReference(), (trigger, topUp) -> new TopUp(topUp.orderId(),
                event.paymentId(), topUp.amount(), topUp.requestedAmount(), true));
    }

    private boolean isMandateActive() {
        return tokenId != null;
    }

    private boolean isActiveWith(String customer, String token, Money maxAmount) {
        return isMandateActive() && customerId.equals(customer) && tokenId.equals(token)
                && maxAmount.equals(mandateMaxAmount);
    }

    private Money cappedAtMandate(Money amount) {
        return amount.compareTo(mandateMaxAmount) > 0 ? mandateMaxAmount : amount;
    }

    /** Razorpay's receipt of the order: at most 40 characters, unique per top-up of this account. */
    private String receiptFor(int topUpNumber) {
        return "va-" + virtualAccountId.value() + "-topup-" + topUpNumber;
    }

    private MandateTopUpReceipt receipt(String trigger, TopUp topUp, boolean repeated) {
        return new MandateTopUpReceipt(virtualAccountId, walletId, trigger, topUp.orderId(), topUp.paymentId(),
                Money.ofPaise(topUp.amount()), Money.ofPaise(topUp.requestedAmount()), topUp.confirmed(), repeated);
    }

    private VirtualAccountView view() {
        return VirtualAccountView.of(virtualAccountId.value(), hospitalId, walletId.value(), name, receivingAccount,
                hasMandate, mandateMaxAmount, customerId, tokenId, mandateActivatedAt, createdAt);
    }
}
