package com.shiftledger.api.identity;

/** Asks for a professional's {@link ProfessionalProfileView}; answered with null when there is no such professional. */
public record FindProfessionalProfileQuery(long professionalId) {
}
