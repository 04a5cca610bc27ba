package com.shiftledger.saga.virtualaccount;

import com.shiftledger.api.alert.LowBalanceAlertRaisedEvent;
import com.shiftledger.api.money.Money;
import com.shiftledger.api.virtualaccount.FindVirtualAccountOfHospitalQuery;
import com.shiftledger.api.virtualaccount.TopUpThroughMandateCommand;
import com.shiftledger.api.virtualaccount.VirtualAccountId;
import com.shiftledger.api.virtualaccount.VirtualAccountView;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * Tops a hospital's wallet up through its mandate when the wallet falls below its low-balance threshold: each alert
 * of a hospital whose virtual account has an active mandate asks for the amount that brings the balance back to
 * twice the threshold (the virtual account caps it at the mandate's maximum). The alert names the top-up, so a
 * redelivered alert orders nothing twice; the wallet is credited only once Razorpay confirms the payment.
 */
@Component
@ProcessingGroup(MandateTopUpProcess.PROCESSING_GROUP)
class MandateTopUpProcess {

    static final String PROCESSING_GROUP = "mandate-top-ups";
    static final String ACTIVE = "active";

    private final CommandGateway commands;
    private final QueryGateway queries;

    MandateTopUpProcess(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @EventHandler
    void on(LowBalanceAlertRaisedEvent event) {
        VirtualAccountView account = queries.query(new FindVirtualAccountOfHospitalQuery(event.hospitalId()),
                VirtualAccountView.class).join();
        if (account == null || !ACTIVE.equals(account.mandateStatus())) {
            return;
        }
        Money amount = Money.ofPaise(2 * event.threshold().paise() - event.balance().paise());
        commands.sendAndWait(new TopUpThroughMandateCommand(new VirtualAccountId(account.id()), amount,
                triggerOf(event)));
    }

    /** The reference a low-balance alert's top-up is ordered under: one order per alert. */
    static String triggerOf(LowBalanceAlertRaisedEvent event) {
        return "low-balance-alert:" + event.alertId().code();
    }
}
