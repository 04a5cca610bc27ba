package com.shiftledger.app.security;

import com.shiftledger.api.identity.Caller;
import com.shiftledger.api.identity.Role;
import com.shiftledger.app.web.ErrorBody;
import com.shiftledger.app.web.ErrorResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Set;

/**
 * Keeps auditors read-only: a request signed in as an auditor that is not a read ({@code GET}, {@code HEAD},
 * {@code OPTIONS}) is refused with 403 before it reaches any endpoint, whatever the endpoint and whenever it was
 * added. The exceptions change nothing in the ledger: signing in and out, and starting a verification.
 */
class ReadOnlyAuditors extends OncePerRequestFilter {

    static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    /** {@code METHOD path} of the writes an auditor may make. */
    static final Set<String> ALLOWED_WRITES = Set.of("POST /api/v1/auth/login", "POST /api/v1/auth/logout",
            "POST /api/v1/admin/audit/verifications");

    private final ErrorResponses errors;

    ReadOnlyAuditors(ErrorResponses errors) {
        this.errors = errors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isAuditor() && !READS.contains(request.getMethod()) && !ALLOWED_WRITES.contains(request.getMethod()
                + " " + pathOf(request))) {
            errors.write(response, 403, ErrorBody.of(SecurityConfiguration.FORBIDDEN));
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isAuditor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof Caller caller
                && caller.role() == Role.AUDITOR;
    }

    private static String pathOf(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
