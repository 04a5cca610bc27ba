package com.shiftledger.saga.shift;

import com.shiftledger.api.money.Account;
import com.shiftledger.api.money.TransactionCategory;
import com.shiftledger.api.shift.ExtendedDayCompletedEvent;
import com.shiftledger.api.shift.PositionCompletedEvent;
import com.shiftledger.api.wallet.CreditWalletCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Pays a completed position's professional pay, and each completed extended day's pay and Emergency SOS extra pay,
 * from the shift's escrow into the professional's wallet ({@code shift:{s} → professional:{p}}), once each, under its
 * payout reference.
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

    /** A completed extended day pays as a position does, and its Emergency SOS extra pay as a transaction of its own. */
    @EventHandler
    void on(ExtendedDayCompletedEvent event) {
        Account escrow = Account.shift(event.shiftId().value());
        if (event.professionalPay().isPositive()) {
            commands.sendAndWait(new CreditWalletCommand(event.professionalWalletId(), event.professionalPay(), escrow,
                    TransactionCategory.SHIFT_EARNING, event.payoutReference(),
                    "Earnings for shift #" + event.shiftId().value() + " on " + event.workDate()));
        }
        if (event.sosExtraPay().isPositive()) {
            commands.sendAndWait(new CreditWalletCommand(event.professionalWalletId(), event.sosExtraPay(), escrow,
                    TransactionCategory.EMERGENCY_SOS_EXTRA_PAY, event.sosExtraPayReference(),
                    "Emergency extra pay for shift #" + event.shiftId().value() + " on " + event.workDate()));
        }
    }
}
