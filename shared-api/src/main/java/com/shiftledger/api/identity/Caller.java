package com.shiftledger.api.identity;

import com.shiftledger.api.rejection.RejectedException;
import com.shiftledger.api.shift.GeoPoint;
import com.shiftledger.api.wallet.WalletId;

/**
 * The authenticated user of a request: a hospital and a professional act for their own profile and wallet;
 * an admin for the platform. Used to scope every read and write to what is the caller's own. A hospital's
 * {@code location}, when known, is where its professionals must check in.
 */
public record Caller(long userId, Role role, String name, Long hospitalId, Long professionalId, WalletId walletId,
                     String professionType, GeoPoint location) {

    public long requireHospitalId() {
        if (role != Role.HOSPITAL || hospitalId == null) {
            throw RejectedException.forbidden("This action is for hospitals only.");
        }
        return hospitalId;
    }

    public long requireProfessionalId() {
        if (role != Role.PROFESSIONAL || professionalId == null) {
            throw RejectedException.forbidden("This action is for professionals only.");
        }
        return professionalId;
    }

    public WalletId requireWallet() {
        if (walletId == null) {
            throw RejectedException.notFound("Wallet not found.");
        }
        return walletId;
    }

    /** The scope of the caller's idempotency keys. */
    public String scope() {
        return "user:" + userId;
    }
}
