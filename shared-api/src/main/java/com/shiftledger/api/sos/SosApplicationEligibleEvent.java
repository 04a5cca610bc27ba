package com.shiftledger.api.sos;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.wallet.WalletId;

/** An application earns {@code extraPay} from the SOS's escrow if its work is completed. */
public record SosApplicationEligibleEvent(SosId sosId, long applicationId, long professionalId,
                                          WalletId professionalWalletId, Money extraPay) {
}
