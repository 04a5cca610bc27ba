package com.shiftledger.saga.shift;

import com.shiftledger.api.money.Account;
import com.shiftledger.api.money.TransactionCategory;
import com.shiftledger.api.shift.PositionCompletedEvent;
import com.shiftledger.api.wallet.CreditWalletCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Pays a completed position's professional pay from the shift's escrow into the professional's wallet
 * ({@code shift:{s} → professional:{p}}), once, under the position's payout reference.
 */
@Component
@ProcessingGroup("shift-payout")
class PositionPayoutProcess {

    private final CommandGateway commands;

    PositionPayoutProcess(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(PositionCompletedEvent event) {
        if (!event.professionalPay().isPositive()) {
            return;
        }
        commands.sendAndWait(new CreditWalletCommand(event.professionalWalletId(), event.professionalPay(),
                Account.shift(event.shiftId().value()), TransactionCategory.SHIFT_EARNING, event.payoutReference(),
                "Earnings for shift #" + event.shiftId().value()));
    }
}
