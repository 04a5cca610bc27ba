package com.shiftledger.command.web;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.math.BigDecimal;

/** Checks a {@link RupeeAmount}: positive, two decimals at most, within the minimum and the configured maximum. */
public class RupeeAmountValidator implements ConstraintValidator<RupeeAmount, BigDecimal> {

    private final MoneyLimits limits;
    private BigDecimal min;

    public RupeeAmountValidator(MoneyLimits limits) {
        this.limits = limits;
    }

    @Override
    public void initialize(RupeeAmount annotation) {
        min = new BigDecimal(annotation.min());
    }

    @Override
    public boolean isValid(BigDecimal value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        String problem = problemWith(value);
        if (problem == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
        return false;
    }

    private String problemWith(BigDecimal value) {
        if (value.signum() <= 0) {
            return "The {field} must be greater than 0.";
        }
        if (value.stripTrailingZeros().scale() > 2) {
            return "The {field} may not have more than 2 decimal places.";
        }
        if (value.compareTo(min) < 0) {
            return "The {field} must be at least " + min.stripTrailingZeros().toPlainString() + ".";
        }
        if (value.compareTo(limits.maxOperationAmount()) > 0) {
            return "The {field} may not be greater than "
                    + limits.maxOperationAmount().stripTrailingZeros().toPlainString() + ".";
        }
        return null;
    }
}
