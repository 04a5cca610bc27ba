package com.shiftledger.api.wallet;

/**
 * Asks for one page of withdrawals, newest first: of one wallet, or of all when {@code walletId} is null;
 * {@code status} is optional. Answered with a {@link WithdrawalPage}.
 */
public record FindWithdrawalsQuery(WalletId walletId, String status, int page, int perPage) {
}
