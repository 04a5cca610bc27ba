package com.shiftledger.app.security;

import com.shiftledger.api.identity.Caller;
import com.shiftledger.app.identity.AccessTokens;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;

/** Authenticates {@code Authorization: Bearer {id}|{secret}}; a request without a valid token stays anonymous. */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String PREFIX = "Bearer ";

    private final AccessTokens tokens;

    BearerTokenFilter(AccessTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            tokens.authenticate(header.substring(PREFIX.length()).strip()).ifPresent(this::signIn);
        }
        chain.doFilter(request, response);
    }

    private void signIn(Caller caller) {
        var authority = new SimpleGrantedAuthority("ROLE_" + caller.role().name());
        var authentication = new UsernamePasswordAuthenticationToken(caller, null, List.of(authority));
        SecurityContextHolder.getContext().setAuthentication(authentication);
    }
}
