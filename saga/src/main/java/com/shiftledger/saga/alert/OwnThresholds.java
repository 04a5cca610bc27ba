package com.shiftledger.saga.alert;

import com.shiftledger.api.alert.CheckLowBalanceCommand;
import com.shiftledger.api.money.Money;
import com.shiftledger.api.wallet.WalletId;

import java.util.Optional;

/**
 * What the low-balance process knows of each hospital wallet's own threshold, as of the last wallet event it handled:
 * learned from the watch's answer to the wallet's first check, then kept by each {@code LowBalanceThresholdSetEvent}
 * in store order. Written in the process's own transaction, with its token.
 */
interface OwnThresholds {

    /** Empty while the process has not learned the wallet's own threshold. */
    Optional<Known> of(WalletId walletId);

    /** From now on the wallet's own threshold is {@code threshold}; null: the hospital set none. */
    void know(WalletId walletId, Money threshold);

    /** A wallet's own threshold as the process knows it; {@code threshold} is null when the hospital set none. */
    record Known(Money threshold) {

        /** The hospital's own threshold when it set one, else the platform's. */
        Money inForce(Money platformThreshold) {
            return CheckLowBalanceCommand.inForce(threshold, platformThreshold);
        }
    }
}
