package com.shiftledger.api.shift;

import com.shiftledger.api.money.Account;
import com.shiftledger.api.money.Money;
import com.shiftledger.api.money.MoneyMovement;
import com.shiftledger.api.money.Posting;
import com.shiftledger.api.refund.RefundId;
import com.shiftledger.api.wallet.WalletId;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Escrow left a shift at {@code releasedAt}: {@code fee} to {@code platform:revenue} and {@code refundAmount} to the
 * refund {@code refundId}, which returns it to the hospital's wallet at {@code availableAt} (decided here, by the
 * shift's refund terms, and never computed again).
 */
@Revision("2")
public record ShiftEscrowReleasedEvent(ShiftId shiftId, long hospitalId, WalletId walletId, RefundId refundId,
                                       ReleaseReason reason, Money released, Money fee, Money refundAmount,
                                       Instant releasedAt, Instant availableAt)
        implements MoneyMovement {

    @Override
    public List<Posting> postings() {
        Account escrow = Account.shift(shiftId.value());
        List<Posting> postings = new ArrayList<>();
        if (fee.isPositive()) {
            postings.add(new Posting(escrow, Account.PLATFORM_REVENUE, fee));
        }
        if (refundAmount.isPositive()) {
            postings.add(new Posting(escrow, refundId.account(), refundAmount));
        }
        return List.copyOf(postings);
    }
}
