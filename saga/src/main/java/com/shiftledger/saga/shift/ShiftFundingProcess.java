package com.shiftledger.saga.shift;

import com.shiftledger.api.money.TransactionCategory;
import com.shiftledger.api.shift.ConfirmShiftFundingCommand;
import com.shiftledger.api.shift.ShiftFunding;
import com.shiftledger.api.wallet.WalletDebitedEvent;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Confirms to a shift every funding its hospital's wallet paid. The request that paid it confirms at once;
 * this process heals a crash between the debit and the confirmation. A repeat confirmation changes nothing.
 */
@Component
@ProcessingGroup("shift-funding")
class ShiftFundingProcess {

    private final CommandGateway commands;

    ShiftFundingProcess(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(WalletDebitedEvent event, @Timestamp Instant paidAt) {
        if (event.category() != TransactionCategory.SHIFT_PAYMENT) {
            return;
        }
        ShiftFunding.parse(event.reference()).ifPresent(funding -> commands.sendAndWait(
                new ConfirmShiftFundingCommand(funding.shiftId(), funding.fundingNumber(), event.amount(),
                        event.transactionId(), paidAt)));
    }
}
