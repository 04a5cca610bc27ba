package com.shiftledger.app.identity;

import com.shiftledger.api.identity.AccountStanding;
import com.shiftledger.api.identity.FindAccountStandingQuery;
import com.shiftledger.api.identity.FindHospitalProfileQuery;
import com.shiftledger.api.identity.FindProfessionalProfileQuery;
import com.shiftledger.api.identity.HospitalProfileView;
import com.shiftledger.api.identity.ProfessionalProfileView;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * Answers who a hospital or a professional is, for their dashboards, and how many accounts are not active, for the
 * admin's. The identity model holds no KYC verification (no documents are uploaded or reviewed), so every
 * profile's KYC status is the seed's {@code pending}.
 */
@Component
class ProfileQueries {

    static final String KYC_PENDING = "pending";
    static final String PENDING = "pending";
    static final String INACTIVE = "inactive";

    private final HospitalProfileRepository hospitals;
    private final ProfessionalProfileRepository professionals;
    private final UserAccountRepository users;

    ProfileQueries(HospitalProfileRepository hospitals, ProfessionalProfileRepository professionals,
                   UserAccountRepository users) {
        this.hospitals = hospitals;
        this.professionals = professionals;
        this.users = users;
    }

    @QueryHandler
    HospitalProfileView handle(FindHospitalProfileQuery query) {
        return hospitals.findById(query.hospitalId())
                .flatMap(hospital -> users.findById(hospital.userId()).map(user -> new HospitalProfileView(
                        hospital.id(), user.id(), hospital.hospitalName(), user.email(), user.phone(),
                        hospital.registrationNumber(), hospital.address(), hospital.city(), hospital.state(),
                        hospital.pincode(), hospital.latitude(), hospital.longitude(), hospital.walletId(),
                        user.status(), KYC_PENDING)))
                .orElse(null);
    }

    @QueryHandler
    ProfessionalProfileView handle(FindProfessionalProfileQuery query) {
        return professionals.findById(query.professionalId())
                .flatMap(professional -> users.findById(professional.userId()).map(user -> new ProfessionalProfileView(
                        professional.id(), user.id(), professional.firstName(), professional.lastName(), user.email(),
                        user.phone(), professional.professionType(), professional.specialization(),
                        professional.latitude(), professional.longitude(), professional.walletId(), user.status(),
                        KYC_PENDING)))
                .orElse(null);
    }

    /** Counted on the index of accounts by role and status: only the few accounts that are not active are read. */
    @QueryHandler
    AccountStanding handle(FindAccountStandingQuery query) {
        String role = query.role().name();
        return new AccountStanding(users.countByRoleAndStatus(role, PENDING),
                users.countByRoleAndStatus(role, INACTIVE));
    }
}
