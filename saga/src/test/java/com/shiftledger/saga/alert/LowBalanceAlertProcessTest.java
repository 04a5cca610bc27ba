package com.shiftledger.saga.alert;

import com.shiftledger.api.alert.CheckLowBalanceCommand;
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
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * The process tells a hospital wallet's watch every fall of its balance, from what to what, with the platform's
 * threshold in force; a professional's wallet is not watched.
 */
class LowBalanceAlertProcessTest {

    private static final WalletId WALLET = new WalletId(7);
    private static final Instant AT = Instant.parse("2030-01-01T10:00:00Z");
    private static final Money PLATFORM = Money.ofRupees(4000);

    private final CommandGateway commands = mock(CommandGateway.class);
    private final QueryGateway queries = mock(QueryGateway.class);
    private LowBalanceAlertProcess process;

    @BeforeEach
    void setUp() {
        PlatformTerms terms = new PlatformTerms(BigDecimal.TEN, new RefundTerms(BigDecimal.TEN, Duration.ofDays(7)),
                List.of(), PLATFORM);
        when(queries.query(any(FindPlatformTermsQuery.class), eq(PlatformTerms.class)))
                .thenReturn(CompletableFuture.completedFuture(terms));
        process = new LowBalanceAlertProcess(commands, queries);
    }

    private static WalletDebitedEvent debit(Account account, long rupees, long balanceAfterRupees) {
        return new WalletDebitedEvent(WALLET, account, Money.ofRupees(rupees), Account.shift(3),
                TransactionCategory.SHIFT_PAYMENT, "shift:3:fund:1", "TXN-1", "Shift #3",
                Money.ofRupees(balanceAfterRupees), Money.ZERO);
    }

    @Test
    void aHospitalsDebitIsToldToItsWatchWithTheBalanceBeforeAndAfter() {
        process.on(debit(Account.hospital(12), 1100, 3900), 5, AT);

        verify(commands).sendAndWait(new CheckLowBalanceCommand(new LowBalanceWatchId(WALLET), 12, 5,
                Money.ofRupees(5000), Money.ofRupees(3900), PLATFORM, AT));
    }

    @Test
    void aHospitalsWithdrawalRequestIsToldToItsWatch() {
        process.on(new WithdrawalRequestedEvent(WALLET, Account.hospital(12), 44, Money.ofRupees(600),
                PayoutMethod.UPI, "destination-1", null, "withdrawal-key", "TXN-2", Money.ofRupees(2400),
                Money.ofRupees(600)), 6, AT);

        verify(commands).sendAndWait(new CheckLowBalanceCommand(new LowBalanceWatchId(WALLET), 12, 6,
                Money.ofRupees(3000), Money.ofRupees(2400), PLATFORM, AT));
    }

    @Test
    void aProfessionalsWalletIsNotWatched() {
        process.on(debit(Account.professional(9), 100, 0), 5, AT);

        verifyNoInteractions(commands);
    }
}
