package com.shiftledger.saga.shift;

import com.shiftledger.api.money.Account;
import com.shiftledger.api.money.TransactionCategory;
import com.shiftledger.api.shift.AbandonShiftFundingCommand;
import com.shiftledger.api.shift.ConfirmShiftFundingCommand;
import com.shiftledger.api.shift.ShiftExtensionFundingRequestedEvent;
import com.shiftledger.api.shift.ShiftFundingRequestedEvent;
import com.shiftledger.api.wallet.DebitOutcome;
import com.shiftledger.api.wallet.DebitWalletCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Pays each funding a shift asks for (to publish it, raise its pay or pay an accepted extension's days) from its
 * hospital's wallet ({@code hospital:{h} → shift:{s}}) and tells the
 * shift the outcome: confirmed when the wallet paid, abandoned when it refused for want of balance. The wallet
 * decides once per funding reference, and the commands join this processor's transaction, so a crash or a
 * redelivery repeats the same decision and moves nothing twice.
 */
@Component
@ProcessingGroup(ShiftFundingProcess.PROCESSING_GROUP)
class ShiftFundingProcess {

    static final String PROCESSING_GROUP = "shift-funding";

    private final CommandGateway commands;
    private final Clock clock;

    ShiftFundingProcess(CommandGateway commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @EventHandler
    void on(ShiftFundingRequestedEvent event) {
        DebitOutcome outcome = commands.sendAndWait(new DebitWalletCommand(event.walletId(), event.amount(),
                Account.shift(event.shiftId().value()), TransactionCategory.SHIFT_PAYMENT,
                event.funding().walletReference(), description(event)));
        if (outcome instanceof DebitOutcome.Paid paid) {
            commands.sendAndWait(new ConfirmShiftFundingCommand(event.shiftId(), event.fundingNumber(),
                    paid.receipt().amount(), paid.receipt().transactionId(), clock.instant()));
        } else if (outcome instanceof DebitOutcome.Refused refused) {
            commands.sendAndWait(new AbandonShiftFundingCommand(event.shiftId(), event.fundingNumber(),
                    refused.required(), refused.balance()));
        }
    }

    @EventHandler
    void on(ShiftExtensionFundingRequestedEvent event) {
        DebitOutcome outcome = commands.sendAndWait(new DebitWalletCommand(event.walletId(), event.amount(),
                Account.shift(event.shiftId().value()), TransactionCategory.SHIFT_PAYMENT,
                event.funding().walletReference(), "Shift #" + event.shiftId().value() + " extended"));
        if (outcome instanceof DebitOutcome.Paid paid) {
            commands.sendAndWait(new ConfirmShiftFundingCommand(event.shiftId(), event.fundingNumber(),
                    paid.receipt().amount(), paid.receipt().transactionId(), clock.instant()));
        } else if (outcome instanceof DebitOutcome.Refused refused) {
            commands.sendAndWait(new AbandonShiftFundingCommand(event.shiftId(), event.fundingNumber(),
                    refused.required(), refused.balance()));
        }
    }

    private static String description(ShiftFundingRequestedEvent event) {
        return "Shift #" + event.shiftId().value() + (event.publish() ? " published" : " pay raised");
    }
}
