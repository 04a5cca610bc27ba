package com.shiftledger.app.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first admin, {@code shiftledger.admin.email} and {@code shiftledger.admin.password}; created at start-up
 * when no user has that email. Admins are never self-registered. Both empty, or an email address and a password of
 * 8 to 72 characters (what bcrypt takes); a name of at most 255 characters. A value outside that stops the start
 * with a message naming the setting.
 */
@ConfigurationProperties("shiftledger.admin")
public record AdminProperties(String email, String password, String name) {

    public AdminProperties {
        boolean hasEmail = email != null && !email.isBlank();
        boolean hasPassword = password != null && !password.isEmpty();
        if (hasEmail && (email.strip().length() > 255 || !email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            throw new IllegalArgumentException("shiftledger.admin.email is " + email
                    + "; it must be an email address of at most 255 characters");
        }
        if (hasEmail != hasPassword) {
            throw new IllegalArgumentException("shiftledger.admin." + (hasEmail ? "password" : "email")
                    + " is empty; the first admin needs both an email and a password, or neither");
        }
        if (hasPassword && (password.length() < 8
                || password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 72)) {
            throw new IllegalArgumentException("shiftledger.admin.password is not valid (its value is not shown); "
                    + "it must be 8 to 72 bytes long");
        }
        if (name != null && name.length() > 255) {
            throw new IllegalArgumentException("shiftledger.admin.name is " + name.length()
                    + " characters long; it must be at most 255");
        }
    }
}
