package com.shiftledger.api.partner;

/** A shift a partner client asked for, under the partner's own id for it (unique per client). */
public record PartnerOrigin(long clientId, String externalShiftId) {

    public PartnerOrigin {
        if (externalShiftId == null || externalShiftId.isBlank()) {
            throw new IllegalArgumentException("A partner shift has the partner's id for it");
        }
    }
}
