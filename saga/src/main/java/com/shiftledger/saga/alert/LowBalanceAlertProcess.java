package com.shiftledger.saga.alert;

import com.shiftledger.api.alert.CheckLowBalanceCommand;
import com.shiftledger.api.alert.LowBalanceThresholdSetEvent;
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
import java.util.Optional;

/**
 * Tells a hospital wallet's low-balance watch when its balance went down (a debit or a withdrawal request) across the
 * threshold in force there, from what to what; the watch raises the alert. Only these events lower a balance, so
 * nothing else can cross downward. The process keeps each wallet's own threshold as it stands in the store
 * ({@link OwnThresholds}: from the watch's answer to the wallet's first check, then from each
 * {@link LowBalanceThresholdSetEvent}, handled in the wallet's sequence), so a fall that crosses no threshold costs
 * the watch nothing. The watch names each alert by the wallet event, so a redelivery raises nothing twice; a failing
 * event is retried, never skipped.
 */
@Component
@ProcessingGroup(LowBalanceAlertProcess.PROCESSING_GROUP)
class LowBalanceAlertProcess {

    static final String PROCESSING_GROUP = "low-balance-alerts";
    private static final String HOSPITAL = "hospital";

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final OwnThresholds ownThresholds;

    LowBalanceAlertProcess(CommandGateway commands, QueryGateway queries, OwnThresholds ownThresholds) {
        this.commands = commands;
        this.queries = queries;
        this.ownThresholds = ownThresholds;
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

    @EventHandler
    void on(LowBalanceThresholdSetEvent event) {
        ownThresholds.know(event.watchId().walletId(), event.threshold());
    }

    private void fell(WalletId walletId, Account account, long sequence, Money before, Money after, Instant at) {
        if (!account.kind().equals(HOSPITAL)) {
            return;
        }
        Money platformThreshold = queries.query(new FindPlatformTermsQuery(), PlatformTerms.class).join()
                .lowBalanceThreshold();
        Optional<OwnThresholds.Known> known = ownThresholds.of(walletId);
        Money thresholdInForce = known.map(own -> own.inForce(platformThreshold)).orElse(null);
        CheckLowBalanceCommand check = new CheckLowBalanceCommand(new LowBalanceWatchId(walletId),
                Long.parseLong(account.reference()), sequence, before, after, platformThreshold, thresholdInForce,
                at);
        if (known.isPresent()) {
            if (check.crossesDownward(thresholdInForce)) {
                commands.sendAndWait(check);
            }
            return;
        }
        Money own = commands.sendAndWait(check);
        ownThresholds.know(walletId, own);
    }
}
