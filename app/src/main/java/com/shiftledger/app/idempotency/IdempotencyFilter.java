package com.shiftledger.app.idempotency;

import com.shiftledger.api.identity.Caller;
import com.shiftledger.app.web.ErrorBody;
import com.shiftledger.command.web.RequestReference;
import com.shiftledger.app.web.ErrorResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Honours {@code Idempotency-Key} on writes, the one place that reads the header: the same key with the same
 * request gets the first answer again and changes nothing; with a different request 422; while the first is still
 * running 409. Keys are scoped to the caller. An answer of 5xx or 429 is not kept, so the request may be retried. The
 * request runs with its {@link RequestReference}, derived from the caller and the key, so that its commands are
 * recorded under it and a request run again after a crash moves nothing twice.
 */
@Component
public class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final int MAX_KEY_LENGTH = 255;
    static final String INVALID_KEY =
            "The Idempotency-Key header must be 1 to 255 printable ASCII characters (letters, digits, -, _, ...).";
    private static final java.util.regex.Pattern PRINTABLE_ASCII = java.util.regex.Pattern.compile("[!-~]+");
    static final String KEY_REUSED = "The Idempotency-Key was already used for a different request.";
    static final String STILL_RUNNING = "A request with this Idempotency-Key is still being processed.";
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final IdempotencyStore store;
    private final ErrorResponses errors;

    IdempotencyFilter(IdempotencyStore store, ErrorResponses errors) {
        this.store = store;
        this.errors = errors;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !WRITES.contains(request.getMethod()) || request.getHeader(HEADER) == null || caller() == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER).strip();
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH || !PRINTABLE_ASCII.matcher(key).matches()) {
            errors.write(response, 422, ErrorBody.of(INVALID_KEY, Map.of(HEADER, List.of(INVALID_KEY))));
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        String scope = caller().scope();
        IdempotencyStore.Claim claim = store.claim(scope, key, fingerprint(request, body));
        if (claim instanceof IdempotencyStore.Replay replay) {
            replay(response, replay);
        } else if (claim instanceof IdempotencyStore.Mismatch) {
            errors.write(response, 422, ErrorBody.of(KEY_REUSED, Map.of(HEADER, List.of(KEY_REUSED))));
        } else if (claim instanceof IdempotencyStore.InProgress) {
            errors.write(response, 409, ErrorBody.of(STILL_RUNNING));
        } else {
            run(request, response, chain, body, scope, key);
        }
    }

    private void run(HttpServletRequest request, HttpServletResponse response, FilterChain chain, byte[] body,
                     String scope, String key) throws IOException, ServletException {
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        boolean kept = false;
        try {
            request.setAttribute(RequestReferenceResolver.ATTRIBUTE,
                    new RequestReference("request:" + scope + ":" + key));
            chain.doFilter(new CachedBodyRequest(request, body), recorded);
            int status = recorded.getStatus();
            // a 5xx may be retried; so may a 429, which says "not now" rather than answering the request
            if (status < 500 && status != 429) {
                store.complete(scope, key, status, recorded.getContentType(),
                        new String(recorded.getContentAsByteArray(), StandardCharsets.UTF_8));
                kept = true;
            }
        } finally {
            if (!kept) {
                store.release(scope, key);
            }
            recorded.copyBodyToResponse();
        }
    }

    private static void replay(HttpServletResponse response, IdempotencyStore.Replay replay) throws IOException {
        response.setStatus(replay.status());
        response.setContentType(replay.contentType() == null ? MediaType.APPLICATION_JSON_VALUE : replay.contentType());
        response.setHeader("Idempotent-Replayed", "true");
        byte[] bytes = replay.body() == null ? new byte[0] : replay.body().getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private static Caller caller() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof Caller caller ? caller : null;
    }

    private static String fingerprint(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getMethod() + " " + request.getRequestURI() + "?"
                    + (request.getQueryString() == null ? "" : request.getQueryString()) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }

    /** The request with its body read once and served again to the controller. */
    private static final class CachedBodyRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("Asynchronous reading is not supported");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
