package com.shiftledger.command.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A request body that moves money: a field it does not know is refused with 422 naming the field, rather than
 * ignored, so that a padded or mistyped request is never taken for a valid one. Every field the seed lists for the
 * endpoint is a component of the annotated record, even where the ledger ignores it.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface StrictJson {
}
