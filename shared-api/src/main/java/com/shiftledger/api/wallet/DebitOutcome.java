package com.shiftledger.api.wallet;

import com.shiftledger.api.money.Money;

/**
 * What a wallet decided about a {@link DebitWalletCommand}, once per reference: it paid ({@link Paid}, with the
 * receipt) or refused for want of balance ({@link Refused}, recorded as a {@link WalletDebitRefusedEvent}). A
 * repeat of the reference answers the same decision.
 */
public sealed interface DebitOutcome {

    /** The wallet paid the debit. */
    record Paid(TransactionReceipt receipt) implements DebitOutcome {
    }

    /** The wallet holds {@code balance}, less than the {@code required} amount, and moved nothing. */
    record Refused(Money required, Money balance, long walletVersion) implements DebitOutcome {
    }
}
