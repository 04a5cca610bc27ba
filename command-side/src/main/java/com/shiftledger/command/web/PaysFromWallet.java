package com.shiftledger.command.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an endpoint that pays from a wallet: when the wallet holds too little it answers 402 with
 * {@code required_amount} and {@code current_balance}, and the OpenAPI document says so.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PaysFromWallet {
}
