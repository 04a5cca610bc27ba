package com.shiftledger.app.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.shiftledger.api.identity.Caller;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.time.Duration;

/**
 * Each caller may make {@link LimitProperties#moneyRequestsPerMinute()} requests per minute to the endpoints that
 * move money ({@link MoneyEndpoints}); past that it is answered 429 with {@code Retry-After} until its bucket
 * refills, and the others are served as before. A repeat answered from an {@code Idempotency-Key} costs nothing (it
 * never gets here), and a 429 is not kept as the key's answer. The buckets live in this instance: with several
 * instances a caller gets that many per instance.
 */
@Configuration
class MoneyRequestLimiter implements HandlerInterceptor, WebMvcConfigurer {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final int perMinute;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10))
            .maximumSize(100_000)
            .build();

    MoneyRequestLimiter(LimitProperties limits) {
        this.perMinute = limits.moneyRequestsPerMinute();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns(MoneyEndpoints.PATTERNS);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!MoneyEndpoints.isMoneyWrite(request.getMethod(), request.getRequestURI())) {
            return true;
        }
        Caller caller = caller();
        if (caller == null) {
            return true;
        }
        Bucket bucket = buckets.get(caller.scope(), scope -> Bucket.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, MINUTE))
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new TooManyRequestsException("Too many requests that move money. Please try again later.",
                    Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
        return true;
    }

    private static Caller caller() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof Caller caller ? caller : null;
    }
}
