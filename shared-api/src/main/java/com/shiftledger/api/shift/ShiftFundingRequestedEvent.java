package com.shiftledger.api.shift;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.wallet.WalletId;
import org.axonframework.serialization.Revision;

/**
 * A shift asked its hospital's wallet {@code walletId} for funding number {@code fundingNumber}: for publishing,
 * or for a revision that raises its pay (then {@code details}, {@code schedule}, {@code terms} and {@code price}
 * are the revision, applied once funded). The shift funding process pays it and answers with
 * {@link ConfirmShiftFundingCommand} or {@link AbandonShiftFundingCommand}.
 */
@Revision("2")
public record ShiftFundingRequestedEvent(ShiftId shiftId, int fundingNumber, WalletId walletId, Money amount,
                                         boolean publish, ShiftDetails details, ShiftSchedule schedule,
                                         ShiftTerms terms, ShiftPrice price) {

    public FundingReference funding() {
        return new FundingReference(shiftId, fundingNumber);
    }
}
