package com.shiftledger.app.partner;

import com.shiftledger.api.partner.PartnerCaller;
import com.shiftledger.app.web.ErrorBody;
import com.shiftledger.app.web.ErrorResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

import java.io.IOException;
import java.util.List;

/**
 * Authenticates the partner API: every request under {@code /partner/v1} must carry the {@code X-CLIENT-ID} of a
 * partner client and that client's current {@code X-API-KEY}, and then runs as that client's {@link PartnerCaller}
 * with the role {@code PARTNER}, whatever else it carries (a user's bearer token counts for nothing there); without
 * them it is refused with 401. Outside {@code /partner/v1} the headers are ignored, so a partner's key opens nothing
 * else. Runs inside the security chain, after the bearer token filter.
 */
public class PartnerKeyFilter extends OncePerRequestFilter {

    static final String BASE_PATH = "/partner/v1";
    static final String CLIENT_ID = "X-CLIENT-ID";
    static final String API_KEY = "X-API-KEY";
    static final String ROLE = "ROLE_PARTNER";
    static final String UNAUTHENTICATED = "A valid X-API-KEY and X-CLIENT-ID are required.";

    private final PartnerRegistry registry;
    private final ErrorResponses errors;
    private final UrlPathHelper paths = new UrlPathHelper();

    PartnerKeyFilter(PartnerRegistry registry, ErrorResponses errors) {
        this.registry = registry;
        this.errors = errors;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = paths.getPathWithinApplication(request);
        return !(path.equals(BASE_PATH) || path.startsWith(BASE_PATH + "/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var caller = registry.authenticate(request.getHeader(CLIENT_ID), request.getHeader(API_KEY));
        if (caller.isEmpty()) {
            SecurityContextHolder.clearContext();
            errors.write(response, 401, ErrorBody.of(UNAUTHENTICATED));
            return;
        }
        var authentication = new UsernamePasswordAuthenticationToken(caller.get(), null,
                List.of(new SimpleGrantedAuthority(ROLE)));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }
}
