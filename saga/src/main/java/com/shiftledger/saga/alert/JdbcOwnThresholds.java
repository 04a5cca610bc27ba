package com.shiftledger.saga.alert;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.wallet.WalletId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The process's own table {@code low_balance_own_threshold}, one row per hospital wallet it has learned, read and
 * written by key. The process handles a wallet's events one at a time (its sequencing policy), so a row has one
 * writer: an update, and an insert when there was nothing to update.
 */
@Component
class JdbcOwnThresholds implements OwnThresholds {

    private final JdbcTemplate jdbc;

    JdbcOwnThresholds(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Known> of(WalletId walletId) {
        return jdbc.query("select threshold_paise from low_balance_own_threshold where wallet_id = ?",
                (row, n) -> {
                    long paise = row.getLong(1);
                    return new Known(row.wasNull() ? null : Money.ofPaise(paise));
                }, walletId.value()).stream().findFirst();
    }

    @Override
    public void know(WalletId walletId, Money threshold) {
        Long paise = threshold == null ? null : threshold.paise();
        if (jdbc.update("update low_balance_own_threshold set threshold_paise = ? where wallet_id = ?", paise,
                walletId.value()) == 0) {
            jdbc.update("insert into low_balance_own_threshold (wallet_id, threshold_paise) values (?, ?)",
                    walletId.value(), paise);
        }
    }
}
