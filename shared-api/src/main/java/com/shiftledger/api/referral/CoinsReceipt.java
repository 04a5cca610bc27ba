package com.shiftledger.api.referral;

import com.shiftledger.api.money.Coins;
import com.shiftledger.api.wallet.WalletId;

/**
 * What a wallet answers to {@link RecordReferralCommand} and {@link CreditReferralBonusCommand}: the coins its user
 * holds now and the wallet's version (the read side reports it once it has projected it).
 */
public record CoinsReceipt(WalletId walletId, Coins coins, long walletVersion) {
}
