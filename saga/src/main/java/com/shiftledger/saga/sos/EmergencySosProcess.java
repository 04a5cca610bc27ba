package com.shiftledger.saga.sos;

import com.shiftledger.api.money.TransactionCategory;
import com.shiftledger.api.shift.ActivateEmergencySosCommand;
import com.shiftledger.api.shift.DropEmergencySosCommand;
import com.shiftledger.api.shift.EmergencySosRaisedEvent;
import com.shiftledger.api.sos.AbandonEmergencySosCommand;
import com.shiftledger.api.sos.CompleteSosRefundCommand;
import com.shiftledger.api.sos.ConfirmSosFundingCommand;
import com.shiftledger.api.sos.EmergencySosOpenedEvent;
import com.shiftledger.api.sos.OpenEmergencySosCommand;
import com.shiftledger.api.sos.SosRefundApprovedEvent;
import com.shiftledger.api.wallet.CreditWalletCommand;
import com.shiftledger.api.wallet.DebitOutcome;
import com.shiftledger.api.wallet.DebitWalletCommand;
import com.shiftledger.api.wallet.TransactionReceipt;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Carries an Emergency SOS across its aggregates: the shift raised it, so the {@code EmergencySos} is opened; the
 * SOS is opened, so the hospital's wallet is asked for its extra pay ({@code hospital:{h} → sos:{o}}) and the SOS and
 * its shift are told the outcome; an admin approved a refund request, so it is credited to the hospital's wallet
 * ({@code sos:{o} → hospital:{h}}). Each step is decided once per reference, and the commands join this processor's
 * transaction, so a crash or a redelivery repeats the same decision and moves nothing twice.
 */
@Component
@ProcessingGroup(EmergencySosProcess.PROCESSING_GROUP)
class EmergencySosProcess {

    static final String PROCESSING_GROUP = "sos-funding";

    private final CommandGateway commands;

    EmergencySosProcess(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(EmergencySosRaisedEvent event) {
        commands.sendAndWait(new OpenEmergencySosCommand(event.sosId(), event.shiftId(), event.hospitalId(),
                event.walletId(), event.tier(), event.extraPayPerProfessional(), event.openPositions(),
                event.totalExtraPay(), event.urgencyDeadline(), event.radiusKm(), event.message(),
                event.recipientsCount(), event.professionType(), event.location(), event.raisedAt()));
    }

    @EventHandler
    void on(EmergencySosOpenedEvent event) {
        DebitOutcome outcome = commands.sendAndWait(new DebitWalletCommand(event.walletId(), event.totalExtraPay(),
                event.sosId().account(), TransactionCategory.EMERGENCY_SOS, event.fundingReference(),
                "Emergency SOS #" + event.sosId().value() + " for shift #" + event.shiftId().value()));
        if (outcome instanceof DebitOutcome.Paid paid) {
            commands.sendAndWait(new ConfirmSosFundingCommand(event.sosId(), paid.receipt().transactionId()));
            commands.sendAndWait(new ActivateEmergencySosCommand(event.shiftId(), event.sosId()));
        } else if (outcome instanceof DebitOutcome.Refused refused) {
            commands.sendAndWait(new AbandonEmergencySosCommand(event.sosId(), refused.required(), refused.balance()));
            commands.sendAndWait(new DropEmergencySosCommand(event.shiftId(), event.sosId()));
        }
    }

    @EventHandler
    void on(SosRefundApprovedEvent event) {
        TransactionReceipt credit = commands.sendAndWait(new CreditWalletCommand(event.walletId(), event.amount(),
                event.sosId().account(), TransactionCategory.REFUND, event.creditReference(),
                "Emergency SOS refund " + event.refundId().code() + " credited"));
        commands.sendAndWait(new CompleteSosRefundCommand(event.sosId(), event.refundId(), credit.transactionId()));
    }
}
