package com.shiftledger.api.shift;

import com.shiftledger.api.partner.PartnerOrigin;
import com.shiftledger.api.wallet.WalletId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * A hospital creates a shift at {@code at}: a draft ({@link ShiftCreatedEvent}), which with {@code publish} asks
 * at once for its total to be funded ({@link ShiftFundingRequestedEvent}); a shift whose funding the wallet refuses
 * is then discarded. A partner's shift carries its {@code partner} origin (null for a hospital's own shift).
 * Answered with a {@link ShiftChange}.
 */
public record CreateShiftCommand(@TargetAggregateIdentifier ShiftId shiftId, long hospitalId, String hospitalName,
                                 WalletId walletId, String shiftCode, ShiftDetails details, ShiftSchedule schedule,
                                 ShiftTerms terms, GeoPoint location, boolean publish, PartnerOrigin partner,
                                 Instant at) {
}
