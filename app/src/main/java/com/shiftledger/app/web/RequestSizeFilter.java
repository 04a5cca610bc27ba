package com.shiftledger.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Refuses request bodies over 1 MiB with 413: at once when the declared length is larger, and as soon as a body
 * sent without a length (chunked) passes the limit (see {@link BodyLimit}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeFilter extends OncePerRequestFilter {

    static final long MAX_BODY_BYTES = BodyLimit.MAX_BODY_BYTES;

    private final ErrorResponses errors;

    RequestSizeFilter(ErrorResponses errors) {
        this.errors = errors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            refuse(response);
            return;
        }
        try {
            chain.doFilter(new BodyLimit(request), response);
        } catch (IOException | ServletException | RuntimeException failure) {
            // a filter that read the body itself (the idempotency filter) lets the failure through
            if (!BodyLimit.exceededIn(failure)) {
                throw failure;
            }
            if (!response.isCommitted()) {
                response.resetBuffer();
                refuse(response);
            }
        }
    }

    private void refuse(HttpServletResponse response) throws IOException {
        // the rest of the body is not read: the connection is closed after the answer
        response.setHeader("Connection", "close");
        errors.write(response, 413, ErrorBody.of(BodyLimit.TOO_LARGE));
    }
}
