package com.shiftledger.api.shift;

import com.shiftledger.api.money.Money;

import java.time.LocalDate;
import java.util.List;

/**
 * One side of an accepted application asked to extend the professional's work on the shift to the {@code days}
 * from {@code startDate} to {@code endDate} (each at the shift's times); the other side accepts or rejects it. It is
 * priced now, per day as a position of the shift: {@code professionalPayPerDay} and {@code serviceChargePerDay},
 * and {@code sosExtraPayPerDay} when the professional earns an Emergency SOS's extra pay (zero otherwise);
 * {@code total} is what the hospital's wallet pays into the shift's escrow on acceptance
 * ({@link ShiftExtensionAcceptedEvent}).
 */
public record ShiftExtensionRequestedEvent(ShiftId shiftId, long extensionId, long applicationId, long hospitalId,
                                           long professionalId, ExtensionSide requestedBy, LocalDate startDate,
                                           LocalDate endDate, List<ShiftSchedule> days, Money professionalPayPerDay,
                                           Money serviceChargePerDay, Money sosExtraPayPerDay, Money total) {

    public ShiftExtensionRequestedEvent {
        days = List.copyOf(days);
    }
}
