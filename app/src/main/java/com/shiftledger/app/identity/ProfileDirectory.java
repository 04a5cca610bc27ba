package com.shiftledger.app.identity;

import com.shiftledger.api.shift.GeoPoint;
import com.shiftledger.api.wallet.WalletId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

/**
 * What other parts of the application may know of a hospital or a professional without reaching into identity's
 * entities: a hospital's name, wallet and location (a partner client pays from that wallet), and how to reach a
 * professional (a partner is told who was booked for its shift).
 */
@Component
public class ProfileDirectory {

    private final HospitalProfileRepository hospitals;
    private final ProfessionalProfileRepository professionals;
    private final UserAccountRepository users;

    ProfileDirectory(HospitalProfileRepository hospitals, ProfessionalProfileRepository professionals,
                     UserAccountRepository users) {
        this.hospitals = hospitals;
        this.professionals = professionals;
        this.users = users;
    }

    /** A hospital as those who act for it see it: its name, the wallet that pays, where it is (null if unknown). */
    public record Hospital(long hospitalId, String hospitalName, WalletId walletId, GeoPoint location) {
    }

    /** A professional's name and how to reach them: the phone and email of their user account. */
    public record ProfessionalContact(long professionalId, String firstName, String lastName, String phone,
                                      String email) {
    }

    @Transactional(readOnly = true)
    public Optional<Hospital> hospital(long hospitalId) {
        return hospitals.findById(hospitalId).map(hospital -> new Hospital(hospital.id(), hospital.hospitalName(),
                new WalletId(hospital.walletId()), hospital.latitude() == null || hospital.longitude() == null
                ? null : new GeoPoint(hospital.latitude(), hospital.longitude())));
    }

    @Transactional(readOnly = true)
    public Optional<ProfessionalContact> professional(long professionalId) {
        return professionals.findById(professionalId).map(professional -> {
            Optional<UserAccount> user = users.findById(professional.userId());
            return new ProfessionalContact(professional.id(), professional.firstName(), professional.lastName(),
                    user.map(UserAccount::phone).orElse(null), user.map(UserAccount::email).orElse(null));
        });
    }
}
