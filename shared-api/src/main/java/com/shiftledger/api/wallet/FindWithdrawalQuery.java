package com.shiftledger.api.wallet;

/** Asks for one withdrawal by its id; answered with a {@link WithdrawalView}, or none when it does not exist. */
public record FindWithdrawalQuery(long withdrawalId) {
}
