package com.shiftledger.api.shift;

import com.shiftledger.api.partner.PartnerOrigin;
import com.shiftledger.api.wallet.WalletId;
import org.axonframework.serialization.Revision;

/**
 * A draft shift was created with its details, schedule, terms and price; nothing is funded yet. With
 * {@code publishAtOnce} its funding is asked for at once, and the draft is discarded if the wallet refuses it. A
 * partner's shift names its {@code partner} origin (null on a hospital's own shift, and on events stored before
 * partners existed).
 */
@Revision("2")
public record ShiftCreatedEvent(ShiftId shiftId, long hospitalId, String hospitalName, WalletId walletId,
                                String shiftCode, ShiftDetails details, ShiftSchedule schedule, ShiftTerms terms,
                                ShiftPrice price, GeoPoint location, boolean publishAtOnce,
                                PartnerOrigin partner) {
}
