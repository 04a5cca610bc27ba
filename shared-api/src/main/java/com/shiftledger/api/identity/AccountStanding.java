package com.shiftledger.api.identity;

/**
 * How many accounts of a role are {@code pending} and how many {@code inactive} (the seed's account statuses besides
 * {@code active}); the admin's dashboard counts the rest of the registered ones as active.
 */
public record AccountStanding(long pending, long inactive) {
}
