package com.shiftledger.api.money;

/** One balanced movement of a positive amount of rupees from one {@link Account} to another (never a coin account). */
public record Posting(Account from, Account to, Money amount) {

    public Posting {
        if (from == null || to == null || amount == null) {
            throw new IllegalArgumentException("A posting needs a from account, a to account and an amount");
        }
        if (from.holdsCoins() || to.holdsCoins()) {
            throw new IllegalArgumentException("Rupees never move to or from a coin account: " + from + " → " + to);
        }
        if (from.equals(to)) {
            throw new IllegalArgumentException("A posting cannot move money from " + from + " to itself");
        }
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("A posting moves a positive amount, not " + amount);
        }
    }
}
