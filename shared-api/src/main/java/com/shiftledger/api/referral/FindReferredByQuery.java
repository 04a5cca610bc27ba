package com.shiftledger.api.referral;

import com.shiftledger.api.wallet.WalletId;

/** Asks who referred the user of this wallet; answered with their user id, or null when no one did. */
public record FindReferredByQuery(WalletId walletId) {
}
