package com.shiftledger.saga.referral;

import com.shiftledger.api.referral.CreditReferralBonusCommand;
import com.shiftledger.api.referral.ReferralRecordedEvent;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Pays the referrer's bonus once a referral is recorded on the referee's wallet ({@code coins:platform →
 * coins:{referrer}}), under the referral's one reference, so a redelivery or a replay pays nothing twice.
 */
@Component
@ProcessingGroup(ReferralBonusProcess.PROCESSING_GROUP)
class ReferralBonusProcess {

    static final String PROCESSING_GROUP = "referral-bonus";

    private final CommandGateway commands;

    ReferralBonusProcess(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(ReferralRecordedEvent event) {
        if (!event.referralBonus().isPositive()) {
            return;
        }
        commands.sendAndWait(new CreditReferralBonusCommand(event.referrerWalletId(), event.referrerUserId(),
                event.refereeUserId(), event.referralBonus(), event.referrerBonusReference()));
    }
}
