package com.shiftledger.saga.alert;

import com.shiftledger.api.alert.CheckLowBalanceCommand;
import com.shiftledger.api.alert.LowBalanceThresholdSetEvent;
import com.shiftledger.api.alert.LowBalanceWatchId;
import com.shiftledger.api.money.Account;
import com.shiftledger.api.money.Money;
import com.shiftledger.api.money.TransactionCategory;
import com.shiftledger.api.platform.FindPlatformTermsQuery;
import com.shiftledger.api.platform.PlatformTerms;
import com.shiftledger.api.refund.RefundTerms;
import com.shiftledger.api.wallet.PayoutMethod;
import com.shiftledger.api.wallet.WalletDebitedEvent;
import com.shiftledger.api.wallet.WalletId;
import com.shiftledger.api.wallet.WithdrawalRequestedEvent;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * The process tells a hospital wallet's watch a fall of its balance, from what to what, with the platform's threshold
 * in force: every fall while it has not learned the wallet's own threshold (the watch's answer teaches it), then only
 * a fall across the threshold in force as it knows it; a professional's wallet is not watched. (The process's table
 * on PostgreSQL is {@code LowBalanceAlertLifeTest}'s.)
 */
class LowBalanceAlertProcessTest {

    private static final WalletId WALLET = new WalletId(7);
    private static final LowBalanceWatchId WATCH = new LowBalanceWatchId(WALLET);
    private static final Instant AT = Instant.parse("2030-01-01T10:00:00Z");
    private static final Money PLATFORM = Money.ofRupees(4000);

    private final CommandGateway commands = mock(CommandGateway.class);
    private final QueryGateway queries = mock(QueryGateway.class);
    private final KnownInMemory ownThresholds = new KnownInMemory();
    private LowBalanceAlertProcess process;

    @BeforeEach
    void setUp() {
        PlatformTerms terms = new PlatformTerms(BigDecimal.TEN, new RefundTerms(BigDecimal.TEN, Duration.ofDays(7)),
                List.of(), PLATFORM);
        when(queries.query(any(FindPlatformTermsQuery.class), eq(PlatformTerms.class)))
                .thenReturn(CompletableFuture.completedFuture(terms));
        process = new LowBalanceAlertProcess(commands, queries, ownThresholds);
    }

    private static WalletDebitedEvent debit(Account account, long rupees, long balanceAfterRupees) {
        return new WalletDebitedEvent(WALLET, account, Money.ofRupees(rupees), Account.shift(3),
                TransactionCategory.SHIFT_PAYMENT, "shift:3:fund:1", "TXN-1", "Shift #3",
                Money.ofRupees(balanceAfterRupees), Money.ZERO);
    }

    /** A check of a wallet whose own threshold the process has not learned: the watch judges by its own. */
    private static CheckLowBalanceCommand check(long sequence, long fromRupees, long toRupees) {
        return check(sequence, fromRupees, toRupees, null);
    }

    private static CheckLowBalanceCommand check(long sequence, long fromRupees, long toRupees, Money inForce) {
        return new CheckLowBalanceCommand(WATCH, 12, sequence, Money.ofRupees(fromRupees), Money.ofRupees(toRupees),
                PLATFORM, inForce, AT);
    }

    @Test
    void aHospitalsDebitIsToldToItsWatchWithTheBalanceBeforeAndAfter() {
        process.on(debit(Account.hospital(12), 1100, 3900), 5, AT);

        verify(commands).sendAndWait(check(5, 5000, 3900));
    }

    @Test
    void aHospitalsWithdrawalRequestIsToldToItsWatch() {
        process.on(new WithdrawalRequestedEvent(WALLET, Account.hospital(12), 44, Money.ofRupees(600),
                PayoutMethod.UPI, "destination-1", null, "withdrawal-key", "TXN-2", Money.ofRupees(2400),
                Money.ofRupees(600)), 6, AT);

        verify(commands).sendAndWait(check(6, 3000, 2400));
    }

    @Test
    void theWatchsAnswerTeachesTheProcessTheWalletsOwnThreshold() {
        when(commands.sendAndWait(check(5, 9000, 8000))).thenReturn(Money.ofRupees(7000));

        process.on(debit(Account.hospital(12), 1000, 8000), 5, AT);

        assertThat(ownThresholds.of(WALLET)).contains(new OwnThresholds.Known(Money.ofRupees(7000)));
        // the next fall crosses the wallet's ₹7,000, not the platform's ₹4,000: the watch is told
        process.on(debit(Account.hospital(12), 1500, 6500), 6, AT);
        verify(commands).sendAndWait(check(6, 8000, 6500, Money.ofRupees(7000)));
    }

    @Test
    void aFallThatCrossesNoThresholdInForceCostsTheWatchNothing() {
        ownThresholds.know(WALLET, null);

        process.on(debit(Account.hospital(12), 1000, 5000), 5, AT);
        process.on(debit(Account.hospital(12), 1000, 4000), 6, AT);
        verifyNoInteractions(commands);

        process.on(debit(Account.hospital(12), 1, 3999), 7, AT);
        verify(commands).sendAndWait(new CheckLowBalanceCommand(WATCH, 12, 7, Money.ofRupees(4000),
                Money.ofRupees(3999), PLATFORM, PLATFORM, AT));
    }

    @Test
    void aThresholdTheHospitalSetsIsHeededFromItsPlaceInTheStore() {
        ownThresholds.know(WALLET, null);
        process.on(new LowBalanceThresholdSetEvent(WATCH, 12, Money.ofRupees(9000), 40, AT));

        // below the platform's ₹4,000 but the wallet's own ₹9,000 was crossed before: nothing to tell
        process.on(debit(Account.hospital(12), 3000, 3000), 5, AT);
        verify(commands, never()).sendAndWait(any());
        // from ₹10,000 to ₹8,500 crosses the wallet's own
        process.on(debit(Account.hospital(12), 1500, 8500), 6, AT);
        verify(commands).sendAndWait(check(6, 10000, 8500, Money.ofRupees(9000)));
        assertThat(ownThresholds.of(WALLET)).contains(new OwnThresholds.Known(Money.ofRupees(9000)));
    }

    @Test
    void theThresholdEventIsHandledInItsWalletsSequence() {
        var policy = new LowBalanceProcessingConfiguration.PerWallet();
        var threshold = new GenericDomainEventMessage<>("LowBalanceWatch", WATCH.toString(), 0,
                new LowBalanceThresholdSetEvent(WATCH, 12, Money.ofRupees(9000), 40, AT));
        var walletDebit = new GenericDomainEventMessage<>("Wallet", WALLET.toString(), 4,
                debit(Account.hospital(12), 1000, 8000));

        assertThat(policy.getSequenceIdentifierFor(threshold)).isEqualTo(policy.getSequenceIdentifierFor(walletDebit))
                .isEqualTo("wallet-7");
    }

    @Test
    void aProfessionalsWalletIsNotWatched() {
        process.on(debit(Account.professional(9), 100, 0), 5, AT);

        verifyNoInteractions(commands);
        assertThat(ownThresholds.of(WALLET)).isEmpty();
    }

    /** The process's table, in memory. */
    private static final class KnownInMemory implements OwnThresholds {

        private final Map<WalletId, Known> known = new HashMap<>();

        @Override
        public Optional<Known> of(WalletId walletId) {
            return Optional.ofNullable(known.get(walletId));
        }

        @Override
        public void know(WalletId walletId, Money threshold) {
            known.put(walletId, new Known(threshold));
        }
    }
}
