package com.shiftledger.api.partner;

import com.shiftledger.api.shift.GeoPoint;
import com.shiftledger.api.wallet.WalletId;

import java.time.ZoneId;
import java.util.Map;

/**
 * The partner client a request to {@code /partner/v1} authenticated as ({@code X-CLIENT-ID} and {@code X-API-KEY}):
 * the hospital whose wallet pays for its shifts, the time zone of its facility (for times sent without {@code Z}),
 * and its rate card by the partner's professional type. A partner sees only its own shifts.
 */
public record PartnerCaller(long clientId, String name, long hospitalId, String hospitalName, WalletId walletId,
                            GeoPoint location, ZoneId timezone, Map<String, PartnerRate> hourlyRates) {

    public PartnerCaller {
        hourlyRates = Map.copyOf(hourlyRates);
    }

    /** The scope of the partner's idempotency keys. */
    public String scope() {
        return "partner:" + clientId;
    }
}
