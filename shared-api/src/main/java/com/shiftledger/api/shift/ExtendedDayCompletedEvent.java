package com.shiftledger.api.shift;

import com.shiftledger.api.money.Account;
import com.shiftledger.api.money.Money;
import com.shiftledger.api.money.MoneyMovement;
import com.shiftledger.api.money.Posting;
import com.shiftledger.api.wallet.WalletId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The work of one day an extension added ({@code workDate}) is complete, paid as a position is: its service charge
 * goes {@code shift:{s} → platform:revenue} now, and {@code professionalPay} and (for a professional eligible for an
 * Emergency SOS's extra pay) {@code sosExtraPay} are owed to the professional, paid from the escrow into their wallet
 * by the payout process ({@code shift:{s} → professional:{p}}), each once under its own reference.
 */
public record ExtendedDayCompletedEvent(ShiftId shiftId, long extensionId, long applicationId, long professionalId,
                                        WalletId professionalWalletId, LocalDate workDate, Instant checkedInAt,
                                        Instant checkedOutAt, long minutesWorked, long minutesPaid,
                                        Money professionalPay, Money serviceCharge, Money sosExtraPay,
                                        boolean markedByHospital)
        implements MoneyMovement {

    @Override
    public List<Posting> postings() {
        if (!serviceCharge.isPositive()) {
            return List.of();
        }
        return List.of(new Posting(Account.shift(shiftId.value()), Account.PLATFORM_REVENUE, serviceCharge));
    }

    /** What the day takes out of the shift's escrow. */
    public Money total() {
        return professionalPay.plus(serviceCharge).plus(sosExtraPay);
    }

    /** The reference of this day's pay into the professional's wallet. */
    public String payoutReference() {
        return "shift:" + shiftId.value() + ":pay:" + applicationId + ":" + workDate;
    }

    /** The reference of this day's Emergency SOS extra pay into the professional's wallet. */
    public String sosExtraPayReference() {
        return "shift:" + shiftId.value() + ":sos-pay:" + applicationId + ":" + workDate;
    }
}
