package com.shiftledger.command.web;

import com.shiftledger.api.rejection.RejectedException;
import com.shiftledger.api.rejection.Rejection;
import com.shiftledger.api.rejection.RejectionKind;
import org.axonframework.commandhandling.CommandExecutionException;

import java.util.Optional;

/** Reads the refusal a command failed with, whether it arrived as it was thrown or as a command's failure details. */
public final class Rejections {

    private Rejections() {
    }

    public static Optional<Rejection> of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RejectedException rejected) {
                return Optional.of(rejected.rejection());
            }
            if (cause instanceof CommandExecutionException execution) {
                Optional<Object> details = execution.getDetails();
                if (details.isPresent() && details.get() instanceof Rejection rejection) {
                    return Optional.of(rejection);
                }
            }
        }
        return Optional.empty();
    }

    public static boolean isInsufficientBalance(Throwable failure) {
        return of(failure).map(rejection -> rejection.kind() == RejectionKind.INSUFFICIENT_BALANCE).orElse(false);
    }
}
