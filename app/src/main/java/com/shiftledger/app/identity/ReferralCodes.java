package com.shiftledger.app.identity;

import com.shiftledger.api.identity.Role;
import com.shiftledger.api.referral.FindReferredByQuery;
import com.shiftledger.api.referral.FindReferrerQuery;
import com.shiftledger.api.referral.Referrer;
import com.shiftledger.api.wallet.WalletId;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Every hospital's and professional's referral code: 8 letters and digits (no 0, O, 1 or I, so it reads aloud
 * safely), made at registration, or the first time the profile of a user registered before codes existed is read.
 * A code is found again whatever its case. A verified user, whose code may refer others, is one whose account is
 * active: the identity model verifies no email, phone or KYC, and every registered account is active until
 * deactivated.
 */
@Component
class ReferralCodes {

    static final int LENGTH = 8;
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final int ATTEMPTS = 5;

    private final SecureRandom random = new SecureRandom();
    private final UserAccountRepository users;
    private final HospitalProfileRepository hospitals;
    private final ProfessionalProfileRepository professionals;
    private final QueryGateway queries;

    ReferralCodes(UserAccountRepository users, HospitalProfileRepository hospitals,
                  ProfessionalProfileRepository professionals, QueryGateway queries) {
        this.users = users;
        this.hospitals = hospitals;
        this.professionals = professionals;
        this.queries = queries;
    }

    /** A code no user has yet. */
    String newCode() {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            String code = randomCode();
            if (!users.existsByReferralCode(code)) {
                return code;
            }
        }
        throw new IllegalStateException("No free referral code after " + ATTEMPTS + " attempts");
    }

    /** The user's code, given now if they have none; null for admins and auditors, who refer no one. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public String codeOf(long userId) {
        UserAccount user = users.findById(userId).orElse(null);
        if (user == null || !isWalletOwner(user.role())) {
            return null;
        }
        if (user.referralCode() != null) {
            return user.referralCode();
        }
        users.assignReferralCode(userId, newCode());
        return users.findById(userId).map(UserAccount::referralCode).orElse(null);
    }

    /** The owner of the code, with the wallet that holds their coins; empty when no hospital or professional has it. */
    Optional<Referrer> referrerOf(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return users.findByReferralCode(code.strip().toUpperCase(Locale.ROOT))
                .filter(user -> isWalletOwner(user.role()))
                .flatMap(user -> walletOf(user).map(wallet -> new Referrer(user.id(), user.referralCode(), wallet,
                        user.isActive(), queries.query(new FindReferredByQuery(wallet), Long.class).join())));
    }

    @QueryHandler
    Referrer handle(FindReferrerQuery query) {
        return referrerOf(query.referralCode()).orElse(null);
    }

    private Optional<WalletId> walletOf(UserAccount user) {
        return user.role() == Role.HOSPITAL
                ? hospitals.findByUserId(user.id()).map(hospital -> new WalletId(hospital.walletId()))
                : professionals.findByUserId(user.id()).map(professional -> new WalletId(professional.walletId()));
    }

    private static boolean isWalletOwner(Role role) {
        return role == Role.HOSPITAL || role == Role.PROFESSIONAL;
    }

    private String randomCode() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }
}
