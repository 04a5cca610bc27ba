package com.shiftledger.app.identity;

import com.shiftledger.api.identity.Role;
import com.shiftledger.api.rejection.FieldErrors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;

/** Creates the users an admin makes, auditors: they sign in like everyone and have no profile or wallet. */
@Service
class StaffAccounts {

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    StaffAccounts(UserAccountRepository users, PasswordEncoder passwordEncoder, Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Transactional
    UserAccount create(NewUserRequest request) {
        String email = request.email().strip().toLowerCase(Locale.ROOT);
        check(request, email);
        try {
            return users.saveAndFlush(new UserAccount(request.name().strip(), email, strip(request.phone()),
                    passwordEncoder.encode(request.password()), Role.AUDITOR, clock.instant()));
        } catch (DataIntegrityViolationException concurrentCreation) {
            throw new FieldErrors().add("email", Registrations.EMAIL_TAKEN).asException();
        }
    }

    private void check(NewUserRequest request, String email) {
        FieldErrors errors = new FieldErrors();
        if (request.password().getBytes(StandardCharsets.UTF_8).length > Registrations.MAX_PASSWORD_BYTES) {
            errors.add("password", Registrations.PASSWORD_TOO_LONG);
        }
        if (request.passwordConfirmation() != null && !request.password().equals(request.passwordConfirmation())) {
            errors.add("password", "The password confirmation does not match.");
        }
        if (users.existsByEmail(email)) {
            errors.add("email", Registrations.EMAIL_TAKEN);
        }
        errors.throwIfAny();
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
