package com.shiftledger.api.identity;

/** Asks how many accounts of a role are not active; answered with an {@link AccountStanding}. */
public record FindAccountStandingQuery(Role role) {
}
