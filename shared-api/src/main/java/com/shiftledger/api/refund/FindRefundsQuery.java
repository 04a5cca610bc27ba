package com.shiftledger.api.refund;

import com.shiftledger.api.wallet.WalletId;

/** Asks for one page of a wallet's refunds, newest first, with the summary; answered with a {@link RefundPage}. */
public record FindRefundsQuery(WalletId walletId, String status, int page, int perPage) {
}
