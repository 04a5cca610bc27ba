package com.shiftledger.api.money;

/**
 * One balanced movement of a positive number of {@link Coins} from one coin account to another; coins never move
 * to or from a rupee account (that is a {@link Posting}), so each unit balances on its own.
 */
public record CoinPosting(Account from, Account to, Coins amount) {

    public CoinPosting {
        if (from == null || to == null || amount == null) {
            throw new IllegalArgumentException("A coin posting needs a from account, a to account and an amount");
        }
        if (!from.holdsCoins() || !to.holdsCoins()) {
            throw new IllegalArgumentException("Coins move only between coin accounts, not " + from + " → " + to);
        }
        if (from.equals(to)) {
            throw new IllegalArgumentException("A coin posting cannot move coins from " + from + " to itself");
        }
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("A coin posting moves a positive number of coins, not " + amount);
        }
    }
}
