package com.shiftledger.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Refuses a query parameter whose name or value cannot be stored or compared with stored text (see {@link Text}):
 * a filter value with NUL would otherwise fail in the database with a 500.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class StorableParametersFilter extends OncePerRequestFilter {

    private final ErrorResponses errors;

    StorableParametersFilter(ErrorResponses errors) {
        this.errors = errors;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // a form body would be read to find its parameters; the API takes JSON bodies only and refuses forms later
        String type = request.getContentType();
        return type != null && type.toLowerCase().startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            boolean storable = Text.isStorable(parameter.getKey());
            for (String value : parameter.getValue()) {
                storable &= value == null || Text.isStorable(value);
            }
            if (!storable) {
                String field = Text.isStorable(parameter.getKey()) ? parameter.getKey() : "query";
                String message = "The " + field.replace('_', ' ')
                        + " may not contain NUL, control characters or invalid Unicode.";
                errors.write(response, 422, ErrorBody.of(message, Map.of(field, List.of(message))));
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
