package com.shiftledger.app.partner;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Issues and rotates a client's webhook secrets and hands out those that sign at a given moment, newest first: the
 * newest, and any rotated out less than {@code shiftledger.partner.secret-overlap} ago. Secrets are stored
 * encrypted ({@link SecretCipher}).
 */
@Component
class WebhookSecrets {

    private final WebhookSecretRepository secrets;
    private final SecretCipher cipher;
    private final Duration overlap;
    private final Clock clock;

    WebhookSecrets(WebhookSecretRepository secrets, SecretCipher cipher, PartnerProperties properties, Clock clock) {
        this.secrets = secrets;
        this.cipher = cipher;
        this.overlap = properties.secretOverlap();
        this.clock = clock;
    }

    /** What a rotation did: the new secret, and until when the one it replaced still signs. */
    record Rotation(String secret, Instant previousSignsUntil) {
    }

    /** A new secret for a new client; answers it in the clear, the only time it is shown. */
    @Transactional
    String issue(long clientId) {
        String secret = PartnerCredentials.newWebhookSecret();
        secrets.save(new WebhookSecret(clientId, cipher.encrypt(clientId, secret), clock.instant()));
        return secret;
    }

    /** A new secret; those before it keep signing for the overlap (no longer than they already would). */
    @Transactional
    Rotation rotate(long clientId) {
        Instant now = clock.instant();
        secrets.deleteRetired(clientId, now);
        Instant until = now.plus(overlap);
        List<WebhookSecret> previous = secrets.findByClientIdOrderByIdDesc(clientId);
        previous.forEach(secret -> secret.rotatedOut(until));
        return new Rotation(issue(clientId), previous.isEmpty() ? null : previous.get(0).signsUntil());
    }

    /** The secrets that sign at {@code at}, newest first. */
    @Transactional(readOnly = true)
    List<String> signingAt(long clientId, Instant at) {
        return secrets.findByClientIdOrderByIdDesc(clientId).stream()
                .filter(secret -> secret.signsAt(at))
                .map(secret -> cipher.decrypt(clientId, secret.ciphertext()))
                .toList();
    }
}
