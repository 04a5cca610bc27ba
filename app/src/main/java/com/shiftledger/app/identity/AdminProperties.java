package com.shiftledger.app.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first admin, {@code shiftledger.admin.email} and {@code shiftledger.admin.password}; created at start-up
 * when no user has that email. Admins are never self-registered.
 */
@ConfigurationProperties("shiftledger.admin")
record AdminProperties(String email, String password, String name) {
}
