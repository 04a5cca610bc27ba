package com.shiftledger.api.money;

/** One balanced movement of a positive amount from one {@link Account} to another. */
public record Posting(Account from, Account to, Money amount) {

    public Posting {
        if (from == null || to == null || amount == null) {
            throw new IllegalArgumentException("A posting needs a from account, a to account and an amount");
        }
        if (from.equals(to)) {
            throw new IllegalArgumentException("A posting cannot move money from " + from + " to itself");
        }
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("A posting moves a positive amount, not " + amount);
        }
    }
}
