package com.shiftledger.command.wallet;

/** The payment provider could not be reached or refused the request; nothing was recorded. */
public class PaymentGatewayUnavailableException extends RuntimeException {

    public PaymentGatewayUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
