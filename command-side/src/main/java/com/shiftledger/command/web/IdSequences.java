package com.shiftledger.command.web;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Hands out the public numeric ids of new shifts, shift extensions, withdrawals, refunds, SOS requests,
 * subscription plans and virtual accounts from database sequences.
 */
@Component
public class IdSequences {

    private final JdbcTemplate jdbc;

    IdSequences(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long nextWithdrawalId() {
        return next("withdrawal_id_seq");
    }

    public long nextShiftId() {
        return next("shift_id_seq");
    }

    public long nextApplicationId() {
        return next("application_id_seq");
    }

    public long nextExtensionId() {
        return next("shift_extension_id_seq");
    }

    public long nextSosId() {
        return next("sos_id_seq");
    }

    public long nextSubscriptionPlanId() {
        return next("subscription_plan_id_seq");
    }

    public long nextVirtualAccountId() {
        return next("virtual_account_id_seq");
    }

    public long nextWalletId() {
        return next("wallet_id_seq");
    }

    private long next(String sequence) {
        Long id = jdbc.queryForObject("select nextval('" + sequence + "')", Long.class);
        if (id == null) {
            throw new IllegalStateException("Sequence " + sequence + " returned no value");
        }
        return id;
    }
}
