package com.shiftledger.app.identity;

import com.shiftledger.api.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Locale;

/** Creates the first admin from {@link AdminProperties} when no user has that email yet. */
@Component
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final AdminProperties admin;
    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    AdminBootstrap(AdminProperties admin, UserAccountRepository users, PasswordEncoder passwordEncoder, Clock clock) {
        this.admin = admin;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (admin.email() == null || admin.email().isBlank() || admin.password() == null || admin.password().isBlank()) {
            return;
        }
        String email = admin.email().strip().toLowerCase(Locale.ROOT);
        if (users.existsByEmail(email)) {
            return;
        }
        String name = admin.name() == null || admin.name().isBlank() ? "Super Admin" : admin.name();
        users.save(new UserAccount(name, email, null, passwordEncoder.encode(admin.password()), Role.ADMIN,
                clock.instant()));
        log.info("Created the first admin user {}", email);
    }
}
