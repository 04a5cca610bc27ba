package com.shiftledger.api.shift;

import com.shiftledger.api.money.Account;
import com.shiftledger.api.money.Money;
import com.shiftledger.api.money.MoneyMovement;
import com.shiftledger.api.money.Posting;
import com.shiftledger.api.wallet.WalletId;

import java.time.Instant;
import java.util.List;

/**
 * A position's work is complete: its service charge goes {@code shift:{s} → platform:revenue} now, and
 * {@code professionalPay} is owed to the professional, paid from the escrow into their wallet by the payout
 * process ({@code shift:{s} → professional:{p}}).
 */
public record PositionCompletedEvent(ShiftId shiftId, long applicationId, long professionalId,
                                     WalletId professionalWalletId, Instant checkedInAt, Instant checkedOutAt,
                                     long minutesWorked, long minutesPaid, Money professionalPay,
                                     Money serviceCharge, boolean markedByHospital, String remarks)
        implements MoneyMovement {

    @Override
    public List<Posting> postings() {
        if (!serviceCharge.isPositive()) {
            return List.of();
        }
        return List.of(new Posting(Account.shift(shiftId.value()), Account.PLATFORM_REVENUE, serviceCharge));
    }

    /** The reference of the payout of this position into the professional's wallet. */
    public String payoutReference() {
        return "shift:" + shiftId.value() + ":pay:" + applicationId;
    }
}
