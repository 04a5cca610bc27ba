package com.shiftledger.saga.shift;

import com.shiftledger.api.money.Account;
import com.shiftledger.api.money.Money;
import com.shiftledger.api.money.TransactionCategory;
import com.shiftledger.api.shift.AbandonShiftFundingCommand;
import com.shiftledger.api.shift.ConfirmShiftFundingCommand;
import com.shiftledger.api.shift.ExtendedDayCompletedEvent;
import com.shiftledger.api.shift.ShiftExtensionFundingRequestedEvent;
import com.shiftledger.api.shift.ShiftId;
import com.shiftledger.api.wallet.CreditWalletCommand;
import com.shiftledger.api.wallet.DebitOutcome;
import com.shiftledger.api.wallet.DebitWalletCommand;
import com.shiftledger.api.wallet.TransactionReceipt;
import com.shiftledger.api.wallet.WalletId;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * An accepted extension's days are paid from the hospital's wallet under the shift's next funding reference and the
 * outcome told to the shift; each completed extended day pays the professional its pay and, when earned, its SOS
 * extra pay, each once under a reference of its own.
 */
class ShiftExtensionProcessesTest {

    private static final ShiftId SHIFT = new ShiftId(101);
    private static final WalletId HOSPITAL_WALLET = new WalletId(50);
    private static final WalletId NURSE_WALLET = new WalletId(60);
    private static final Instant NOW = Instant.parse("2030-01-14T08:00:00Z");
    private static final LocalDate DAY_TWO = LocalDate.of(2030, 1, 16);

    private CommandGateway commands;

    @BeforeEach
    void setUp() {
        commands = mock(CommandGateway.class);
    }

    @Test
    void anAcceptedExtensionIsPaidFromTheHospitalsWalletAndConfirmedToTheShift() {
        when(commands.sendAndWait(any(DebitWalletCommand.class))).thenReturn(new DebitOutcome.Paid(
                new TransactionReceipt(HOSPITAL_WALLET, "TXN-EXT1", Money.ofRupees(2200), Money.ofRupees(800),
                        Money.ofRupees(800), Money.ZERO, false, 3)));
        new ShiftFundingProcess(commands, Clock.fixed(NOW, ZoneOffset.UTC)).on(
                new ShiftExtensionFundingRequestedEvent(SHIFT, 11, 2, HOSPITAL_WALLET, Money.ofRupees(2200)));

        ArgumentCaptor<Object> sent = ArgumentCaptor.forClass(Object.class);
        verify(commands, times(2)).sendAndWait(sent.capture());
        DebitWalletCommand debit = (DebitWalletCommand) sent.getAllValues().get(0);
        assertThat(debit.walletId()).isEqualTo(HOSPITAL_WALLET);
        assertThat(debit.amount()).isEqualTo(Money.ofRupees(2200));
        assertThat(debit.counterparty()).isEqualTo(Account.shift(101));
        assertThat(debit.category()).isEqualTo(TransactionCategory.SHIFT_PAYMENT);
        assertThat(debit.reference()).isEqualTo("shift:101:fund:2");
        assertThat(sent.getAllValues().get(1)).isEqualTo(new ConfirmShiftFundingCommand(SHIFT, 2,
                Money.ofRupees(2200), "TXN-EXT1", NOW));
    }

    @Test
    void aWalletThatCannotPayLeavesTheExtensionPending() {
        when(commands.sendAndWait(any(DebitWalletCommand.class))).thenReturn(new DebitOutcome.Refused(
                Money.ofRupees(2200), Money.ofRupees(100), 4));
        new ShiftFundingProcess(commands, Clock.fixed(NOW, ZoneOffset.UTC)).on(
                new ShiftExtensionFundingRequestedEvent(SHIFT, 11, 2, HOSPITAL_WALLET, Money.ofRupees(2200)));

        ArgumentCaptor<Object> sent = ArgumentCaptor.forClass(Object.class);
        verify(commands, times(2)).sendAndWait(sent.capture());
        assertThat(sent.getAllValues().get(1)).isEqualTo(new AbandonShiftFundingCommand(SHIFT, 2,
                Money.ofRupees(2200), Money.ofRupees(100)));
    }

    @Test
    void aCompletedExtendedDayPaysItsPayAndItsSosExtraPayEachUnderItsOwnReference() {
        new PositionPayoutProcess(commands).on(day(Money.ofRupees(500)));

        ArgumentCaptor<CreditWalletCommand> credits = ArgumentCaptor.forClass(CreditWalletCommand.class);
        verify(commands, times(2)).sendAndWait(credits.capture());
        List<CreditWalletCommand> sent = credits.getAllValues();
        assertThat(sent).extracting(CreditWalletCommand::amount)
                .containsExactly(Money.ofRupees(1000), Money.ofRupees(500));
        assertThat(sent).extracting(CreditWalletCommand::category)
                .containsExactly(TransactionCategory.SHIFT_EARNING, TransactionCategory.EMERGENCY_SOS_EXTRA_PAY);
        assertThat(sent).extracting(CreditWalletCommand::reference)
                .containsExactly("shift:101:pay:1:2030-01-16", "shift:101:sos-pay:1:2030-01-16");
        assertThat(sent).extracting(CreditWalletCommand::counterparty).containsOnly(Account.shift(101));
        assertThat(sent).extracting(CreditWalletCommand::walletId).containsOnly(NURSE_WALLET);
    }

    @Test
    void withoutAnSosOnlyTheDaysPayIsCredited() {
        new PositionPayoutProcess(commands).on(day(Money.ZERO));

        ArgumentCaptor<CreditWalletCommand> credits = ArgumentCaptor.forClass(CreditWalletCommand.class);
        verify(commands, times(1)).sendAndWait(credits.capture());
        assertThat(credits.getValue().reference()).isEqualTo("shift:101:pay:1:2030-01-16");
    }

    private static ExtendedDayCompletedEvent day(Money sosExtraPay) {
        return new ExtendedDayCompletedEvent(SHIFT, 11, 1, 7, NURSE_WALLET, DAY_TWO, NOW, NOW.plusSeconds(28_800),
                480, 480, Money.ofRupees(1000), Money.ofRupees(100), sosExtraPay, false);
    }
}
