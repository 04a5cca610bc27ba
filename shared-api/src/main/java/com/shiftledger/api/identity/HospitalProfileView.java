package com.shiftledger.api.identity;

import java.math.BigDecimal;

/**
 * A hospital as its dashboard introduces it: its profile, its account's {@code status} and its {@code kycStatus}
 * (the seed's {@code verified}, {@code pending} or {@code rejected}). The answer to {@link FindHospitalProfileQuery}.
 */
public record HospitalProfileView(long id, long userId, String name, String email, String phone,
                                  String registrationNumber, String address, String city, String state,
                                  String pincode, BigDecimal latitude, BigDecimal longitude, long walletId,
                                  String status, String kycStatus) {
}
