package com.shiftledger.api.platform;

/** Asks for the terms in force; answered with {@link PlatformTerms} (the defaults until an admin changes them). */
public record FindPlatformTermsQuery() {
}
