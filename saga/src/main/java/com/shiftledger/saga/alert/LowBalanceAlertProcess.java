package com.shiftledger.saga.alert;

import com.shiftledger.api.alert.CheckLowBalanceCommand;
import com.shiftledger.api.alert.LowBalanceWatchId;
import com.shiftledger.api.money.Account;
import com.shiftledger.api.money.Money;
import com.shiftledger.api.platform.FindPlatformTermsQuery;
import com.shiftledger.api.platform.PlatformTerms;
import com.shiftledger.api.wallet.WalletDebitedEvent;
import com.shiftledger.api.wallet.WalletId;
import com.shiftledger.api.wallet.WithdrawalRequestedEvent;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Tells a hospital wallet's low-balance watch each time the balance went down (a debit or a withdrawal request),
 * from what to what, with the platform's threshold in force; the watch decides whether that crossed the threshold
 * and raises the alert. Only these events lower a balance, so nothing else can cross downward. The watch names each
 * alert by the wallet event, so a redelivery raises nothing twice; a failing event is retried, never skipped.
 */
@Component
@ProcessingGroup(LowBalanceAlertProcess.PROCESSING_GROUP)
class LowBalanceAlertProcess {

    static final String PROCESSING_GROUP = "low-balance-alerts";
    private static final String HOSPITAL = "hospital";

    private final CommandGateway commands;
    private final QueryGateway queries;

    LowBalanceAlertProcess(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @EventHandler
    void on(WalletDebitedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        fell(event.walletId(), event.account(), sequence, event.balanceAfter().plus(event.amount()),
                event.balanceAfter(), at);
    }

    @EventHandler
    void on(WithdrawalRequestedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        fell(event.walletId(), event.account(), sequence, event.balanceAfter().plus(event.amount()),
                event.balanceAfter(), at);
    }

    private void fell(WalletId walletId, Account account, long sequence, Money before, Money after, Instant at) {
        if (!account.kind().equals(HOSPITAL)) {
            return;
        }
        PlatformTerms terms = queries.query(new FindPlatformTermsQuery(), PlatformTerms.class).join();
        commands.sendAndWait(new CheckLowBalanceCommand(new LowBalanceWatchId(walletId),
                Long.parseLong(account.reference()), sequence, before, after, terms.lowBalanceThreshold(), at));
    }
}
