package com.shiftledger.api.shift;

/** Asks for one page of a professional's applications, newest first; answered with an {@link ApplicationPage}. */
public record FindProfessionalApplicationsQuery(long professionalId, String status, int page, int perPage) {
}
