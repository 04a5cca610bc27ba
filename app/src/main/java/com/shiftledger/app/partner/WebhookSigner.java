package com.shiftledger.app.partner;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Signs a webhook twice. {@code X-Signature-IC}, as the IntelyCare document says: the lowercase hex HMAC-SHA256 of
 * the raw body, keyed with the UTF-8 bytes of the client's newest secret (the whole {@code whsec_...} string). And
 * the Standard Webhooks {@code webhook-signature}: for each secret that signs, newest first, {@code v1,} and the
 * base64 HMAC-SHA256 of {@code {webhook-id}.{webhook-timestamp}.{body}} keyed with the bytes the secret's base64
 * (after {@code whsec_}) stands for, separated by spaces.
 */
final class WebhookSigner {

    private static final String ALGORITHM = "HmacSHA256";

    private WebhookSigner() {
    }

    static String bodySignature(String secret, String body) {
        return HexFormat.of().formatHex(hmac(secret.getBytes(StandardCharsets.UTF_8), body));
    }

    static String standardSignature(String secret, String webhookId, long timestamp, String body) {
        String encoded = secret.startsWith(PartnerCredentials.SECRET_PREFIX)
                ? secret.substring(PartnerCredentials.SECRET_PREFIX.length()) : secret;
        byte[] key = Base64.getDecoder().decode(encoded);
        return "v1," + Base64.getEncoder().encodeToString(hmac(key, webhookId + "." + timestamp + "." + body));
    }

    static String standardSignatures(List<String> secrets, String webhookId, long timestamp, String body) {
        return secrets.stream().map(secret -> standardSignature(secret, webhookId, timestamp, body))
                .collect(Collectors.joining(" "));
    }

    private static byte[] hmac(byte[] key, String content) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by every Java runtime", e);
        }
    }
}
