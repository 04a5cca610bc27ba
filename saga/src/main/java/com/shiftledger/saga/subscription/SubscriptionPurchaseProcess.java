package com.shiftledger.saga.subscription;

import com.shiftledger.api.money.Account;
import com.shiftledger.api.money.TransactionCategory;
import com.shiftledger.api.subscription.AbandonSubscriptionPurchaseCommand;
import com.shiftledger.api.subscription.RecordSubscriptionCommand;
import com.shiftledger.api.subscription.SubscriptionPurchaseRequestedEvent;
import com.shiftledger.api.wallet.DebitOutcome;
import com.shiftledger.api.wallet.DebitWalletCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Pays each subscription purchase a hospital asked for from its wallet ({@code hospital:{h} → platform:revenue},
 * category {@code subscription}) and tells the subscription the outcome: the paid months recorded, or the purchase
 * abandoned when the wallet refused for want of balance. The wallet decides once per payment reference and the
 * subscription records a payment once, so a crash between the two, or a redelivery, repeats the same decision and
 * moves nothing twice: the request is stored before any money moves, and this processor carries it to its end.
 */
@Component
@ProcessingGroup(SubscriptionPurchaseProcess.PROCESSING_GROUP)
class SubscriptionPurchaseProcess {

    static final String PROCESSING_GROUP = "subscription-purchase";

    private final CommandGateway commands;

    SubscriptionPurchaseProcess(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(SubscriptionPurchaseRequestedEvent event) {
        DebitOutcome outcome = commands.sendAndWait(new DebitWalletCommand(event.walletId(), event.price(),
                Account.PLATFORM_REVENUE, TransactionCategory.SUBSCRIPTION, event.paymentReference(),
                "Subscription: " + event.plan().name() + " for " + event.months() + " month"
                        + (event.months() == 1 ? "" : "s")));
        if (outcome instanceof DebitOutcome.Paid paid) {
            commands.sendAndWait(new RecordSubscriptionCommand(event.subscriptionId(), event.planId(), event.plan(),
                    event.months(), paid.receipt().amount(), event.paymentReference(),
                    paid.receipt().transactionId(), event.zone(), event.at()));
        } else if (outcome instanceof DebitOutcome.Refused refused) {
            commands.sendAndWait(new AbandonSubscriptionPurchaseCommand(event.subscriptionId(),
                    event.paymentReference(), refused.required(), refused.balance()));
        }
    }
}
