package com.shiftledger.app.security;

import com.shiftledger.app.identity.AccessTokens;
import com.shiftledger.app.idempotency.IdempotencyFilter;
import com.shiftledger.app.partner.PartnerKeyFilter;
import com.shiftledger.app.web.ErrorBody;
import com.shiftledger.app.web.ErrorResponses;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * Roles per path, stateless bearer tokens, partner API keys on {@code /partner/v1} only, and the seed's JSON error
 * shape for 401 and 403. Auditors read the ledger, the audit and the finance lists beside admins, and
 * {@link ReadOnlyAuditors} refuses them every write.
 */
@Configuration
class SecurityConfiguration {

    static final String UNAUTHENTICATED = "Unauthenticated.";
    static final String FORBIDDEN = "You do not have permission to perform this action.";
    private static final String ADMIN = "ADMIN";
    private static final String AUDITOR = "AUDITOR";

    /**
     * No Spring Security observations: they wrap every filter of every request in an observation (a tenth of a
     * request's CPU in the benchmark) and record nothing this project reads; {@code http_server_requests} stays.
     */
    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, AccessTokens tokens, IdempotencyFilter idempotency,
                            PartnerKeyFilter partnerKeys, ErrorResponses errors) throws Exception {
        return http
                .csrf(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(paths -> paths
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/register", "/api/v1/auth/login").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/webhooks/**").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/actuator/**").hasRole(ADMIN)
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                        .permitAll()
                        .requestMatchers("/error").permitAll()
                        // the offline test checkout; absent (404) unless it is switched on in offline mode
                        .requestMatchers("/dev/checkout/**").permitAll()
                        // the auditor console's static files; the APIs it calls keep their own rules
                        .requestMatchers(HttpMethod.GET, "/console", "/console/", "/console/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/admin/ledger/**", "/api/v1/admin/audit/**",
                                "/api/v1/admin/finance/**").hasAnyRole(ADMIN, AUDITOR)
                        .requestMatchers(HttpMethod.POST, "/api/v1/admin/audit/verifications")
                        .hasAnyRole(ADMIN, AUDITOR)
                        .requestMatchers("/api/v1/admin/**").hasRole(ADMIN)
                        .requestMatchers("/api/v1/hospital/**").hasRole("HOSPITAL")
                        .requestMatchers("/api/v1/professional/**").hasRole("PROFESSIONAL")
                        .requestMatchers("/partner/v1/**").hasRole("PARTNER")
                        .anyRequest().authenticated())
                .addFilterBefore(new BearerTokenFilter(tokens), AnonymousAuthenticationFilter.class)
                // on /partner/v1 only the partner's key counts, whatever bearer token came with it
                .addFilterAfter(partnerKeys, BearerTokenFilter.class)
                .addFilterBefore(new ReadOnlyAuditors(errors), AuthorizationFilter.class)
                .addFilterAfter(idempotency, AuthorizationFilter.class)
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint((request, response, exception) ->
                                errors.write(response, 401, ErrorBody.of(UNAUTHENTICATED)))
                        .accessDeniedHandler((request, response, exception) ->
                                errors.write(response, 403, ErrorBody.of(FORBIDDEN))))
                .build();
    }
}
