package com.shiftledger.api.shift;

/** Asks for one application with its shift; answered with an {@link ApplicationView}, or none. */
public record FindApplicationQuery(long applicationId) {
}
