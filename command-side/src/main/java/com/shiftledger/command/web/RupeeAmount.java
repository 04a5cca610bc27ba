package com.shiftledger.command.web;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A positive amount of rupees with at most two decimals, at least {@link #min()} and at most the configured
 * per-operation maximum ({@code shiftledger.money.max-operation-amount}). Null is left to {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = RupeeAmountValidator.class)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface RupeeAmount {

    String min() default "0.01";

    String message() default "The {field} must be a valid amount.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
