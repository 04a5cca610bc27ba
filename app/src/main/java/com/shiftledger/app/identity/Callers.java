package com.shiftledger.app.identity;

import com.shiftledger.api.identity.Caller;
import com.shiftledger.api.shift.GeoPoint;
import com.shiftledger.api.wallet.WalletId;
import org.springframework.stereotype.Component;

/** Builds the {@link Caller} of a user: their role, their hospital or professional profile and its wallet. */
@Component
class Callers {

    private final HospitalProfileRepository hospitals;
    private final ProfessionalProfileRepository professionals;

    Callers(HospitalProfileRepository hospitals, ProfessionalProfileRepository professionals) {
        this.hospitals = hospitals;
        this.professionals = professionals;
    }

    Caller of(UserAccount user) {
        return switch (user.role()) {
            case ADMIN, AUDITOR -> new Caller(user.id(), user.role(), user.name(), null, null, null, null, null);
            case HOSPITAL -> hospitals.findByUserId(user.id())
                    .map(h -> new Caller(user.id(), user.role(), h.hospitalName(), h.id(), null,
                            new WalletId(h.walletId()), null, locationOf(h)))
                    .orElseThrow(() -> new IllegalStateException("Hospital user " + user.id() + " has no profile"));
            case PROFESSIONAL -> professionals.findByUserId(user.id())
                    .map(p -> new Caller(user.id(), user.role(), p.firstName() + " " + p.lastName(), null, p.id(),
                            new WalletId(p.walletId()), p.professionType(), null))
                    .orElseThrow(() -> new IllegalStateException("Professional user " + user.id() + " has no profile"));
        };
    }

    private static GeoPoint locationOf(HospitalProfile hospital) {
        if (hospital.latitude() == null || hospital.longitude() == null) {
            return null;
        }
        return new GeoPoint(hospital.latitude(), hospital.longitude());
    }
}
