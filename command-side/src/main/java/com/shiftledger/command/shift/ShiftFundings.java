package com.shiftledger.command.shift;

import com.shiftledger.api.money.Account;
import com.shiftledger.api.money.TransactionCategory;
import com.shiftledger.api.shift.AbandonShiftFundingCommand;
import com.shiftledger.api.shift.ConfirmShiftFundingCommand;
import com.shiftledger.api.shift.FundingRequest;
import com.shiftledger.api.wallet.DebitWalletCommand;
import com.shiftledger.api.wallet.TransactionReceipt;
import com.shiftledger.command.web.Rejections;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Pays a shift's funding request from the hospital's wallet: debit under the funding's reference, then confirm
 * to the shift. A refused debit (too little balance) abandons the request; a crash between the two steps is
 * healed by the funding process, which confirms every shift funding debit it sees.
 */
@Component
class ShiftFundings {

    private final CommandGateway commands;
    private final Clock clock;

    ShiftFundings(CommandGateway commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    TransactionReceipt pay(FundingRequest request, String description) {
        TransactionReceipt receipt;
        try {
            receipt = commands.sendAndWait(new DebitWalletCommand(request.walletId(), request.amount(),
                    Account.shift(request.shiftId().value()), TransactionCategory.SHIFT_PAYMENT, request.reference(),
                    description));
        } catch (RuntimeException failure) {
            if (Rejections.isInsufficientBalance(failure)) {
                commands.sendAndWait(new AbandonShiftFundingCommand(request.shiftId(), request.fundingNumber()));
            }
            throw failure;
        }
        commands.sendAndWait(new ConfirmShiftFundingCommand(request.shiftId(), request.fundingNumber(),
                request.amount(), receipt.transactionId(), clock.instant()));
        return receipt;
    }
}
