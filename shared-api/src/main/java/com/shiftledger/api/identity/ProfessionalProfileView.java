package com.shiftledger.api.identity;

import java.math.BigDecimal;

/**
 * A professional as their dashboard introduces them: their profile, their account's {@code status} and their
 * {@code kycStatus} (the seed's {@code verified}, {@code pending} or {@code rejected}). The answer to
 * {@link FindProfessionalProfileQuery}.
 */
public record ProfessionalProfileView(long id, long userId, String firstName, String lastName, String email,
                                      String phone, String professionType, String specialization,
                                      BigDecimal latitude, BigDecimal longitude, long walletId, String status,
                                      String kycStatus) {
}
