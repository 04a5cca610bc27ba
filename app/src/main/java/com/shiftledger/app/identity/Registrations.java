package com.shiftledger.app.identity;

import com.shiftledger.api.identity.Role;
import com.shiftledger.api.referral.CoinsReceipt;
import com.shiftledger.api.referral.FindReferralTermsQuery;
import com.shiftledger.api.referral.RecordReferralCommand;
import com.shiftledger.api.referral.ReferralTerms;
import com.shiftledger.api.referral.Referrer;
import com.shiftledger.api.rejection.FieldErrors;
import com.shiftledger.api.wallet.OpenWalletCommand;
import com.shiftledger.api.wallet.OwnerType;
import com.shiftledger.api.wallet.WalletId;
import com.shiftledger.command.web.IdSequences;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;

/**
 * Registers a hospital or a professional and opens their wallet in the same transaction, so there is never
 * a user without a wallet; with a {@code referral_code} the new wallet records the referral in that transaction too
 * (the new user's bonus at once, the referrer's by the referral bonus process).
 */
@Service
class Registrations {

    static final String EMAIL_TAKEN = "The email has already been taken.";
    /** BCrypt reads at most 72 bytes of a password and refuses to hash a longer one. */
    static final int MAX_PASSWORD_BYTES = 72;
    /** The version of a wallet that was just opened: its first event. */
    static final long OPENED = 0;
    static final String PASSWORD_TOO_LONG = "The password may not be longer than 72 bytes.";
    static final String UNKNOWN_REFERRAL_CODE = "The selected referral code is invalid.";

    private final UserAccountRepository users;
    private final HospitalProfileRepository hospitals;
    private final ProfessionalProfileRepository professionals;
    private final PasswordEncoder passwordEncoder;
    private final IdSequences ids;
    private final CommandGateway commands;
    private final QueryGateway queries;
    private final ReferralCodes referralCodes;
    private final Clock clock;

    Registrations(UserAccountRepository users, HospitalProfileRepository hospitals,
                  ProfessionalProfileRepository professionals, PasswordEncoder passwordEncoder, IdSequences ids,
                  CommandGateway commands, QueryGateway queries, ReferralCodes referralCodes, Clock clock) {
        this.users = users;
        this.hospitals = hospitals;
        this.professionals = professionals;
        this.passwordEncoder = passwordEncoder;
        this.ids = ids;
        this.commands = commands;
        this.queries = queries;
        this.referralCodes = referralCodes;
        this.clock = clock;
    }

    /** The new user with the wallet id of their profile and the wallet's version after registration. */
    record Registered(UserAccount user, Object profile, WalletId walletId, long walletVersion) {
    }

    @Transactional
    Registered register(RegistrationRequest request) {
        String email = request.email().strip().toLowerCase(Locale.ROOT);
        Referrer referrer = check(request, email);
        boolean hospital = request.userType().equals("hospital");
        UserAccount user;
        try {
            user = users.saveAndFlush(new UserAccount(request.name().strip(), email, strip(request.phone()),
                    passwordEncoder.encode(request.password()), hospital ? Role.HOSPITAL : Role.PROFESSIONAL,
                    clock.instant(), referralCodes.newCode()));
        } catch (DataIntegrityViolationException concurrentRegistration) {
            throw new FieldErrors().add("email", EMAIL_TAKEN).asException();
        }
        WalletId walletId = new WalletId(ids.nextWalletId());
        if (hospital) {
            String name = request.hospitalName() == null || request.hospitalName().isBlank()
                    ? request.name().strip() : request.hospitalName().strip();
            HospitalProfile profile = hospitals.save(new HospitalProfile(user.id(), name,
                    strip(request.registrationNumber()), strip(request.address()), strip(request.city()),
                    strip(request.state()), strip(request.pincode()), request.latitude(), request.longitude(),
                    walletId.value(), clock.instant()));
            commands.sendAndWait(new OpenWalletCommand(walletId, OwnerType.HOSPITAL, profile.id(), name));
            return new Registered(user, AuthViews.HospitalView.of(profile), walletId,
                    recordReferral(user, walletId, referrer));
        }
        ProfessionalProfile profile = professionals.save(new ProfessionalProfile(user.id(),
                request.firstName().strip(), request.lastName().strip(), request.professionType(),
                strip(request.specialization()), request.latitude(), request.longitude(), walletId.value(),
                clock.instant()));
        commands.sendAndWait(new OpenWalletCommand(walletId, OwnerType.PROFESSIONAL, profile.id(),
                profile.firstName() + " " + profile.lastName()));
        return new Registered(user, AuthViews.ProfessionalView.of(profile), walletId,
                recordReferral(user, walletId, referrer));
    }

    /** The wallet's version after the referral is recorded; the opened wallet's when no one referred the user. */
    private long recordReferral(UserAccount user, WalletId walletId, Referrer referrer) {
        if (referrer == null) {
            return OPENED;
        }
        ReferralTerms terms = queries.query(new FindReferralTermsQuery(), ReferralTerms.class).join();
        CoinsReceipt receipt = commands.sendAndWait(new RecordReferralCommand(walletId, user.id(), referrer.userId(),
                referrer.walletId(), referrer.referralCode(), terms.refereeBonus(), terms.referralBonus(),
                referrer.referredByUserId()));
        return receipt.walletVersion();
    }

    /** Refuses what cannot be registered; answers the verified user whose referral code was given, if one was. */
    private Referrer check(RegistrationRequest request, String email) {
        FieldErrors errors = new FieldErrors();
        Referrer referrer = null;
        if (request.referralCode() != null && !request.referralCode().isBlank()) {
            referrer = referralCodes.referrerOf(request.referralCode()).filter(Referrer::verified).orElse(null);
            if (referrer == null) {
                errors.add("referral_code", UNKNOWN_REFERRAL_CODE);
            }
        }
        if (request.password().getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            errors.add("password", PASSWORD_TOO_LONG);
        }
        if (!request.password().equals(request.passwordConfirmation())) {
            errors.add("password", "The password confirmation does not match.");
        }
        if (users.existsByEmail(email)) {
            errors.add("email", EMAIL_TAKEN);
        }
        if (request.userType().equals("professional")) {
            errors.requireText("first_name", request.firstName())
                    .requireText("last_name", request.lastName())
                    .requireText("profession_type", request.professionType());
        }
        if ((request.latitude() == null) != (request.longitude() == null)) {
            errors.add(request.latitude() == null ? "latitude" : "longitude",
                    "The latitude and longitude must be given together.");
        }
        errors.throwIfAny();
        return referrer;
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
