package com.shiftledger.command.wallet;

import com.shiftledger.api.wallet.PayoutDestination;
import com.shiftledger.api.wallet.PayoutMethod;
import com.shiftledger.api.wallet.WalletId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;

/**
 * The payout destinations (bank details, UPI ids) of withdrawal requests, kept in {@code payout_destination} and
 * named in the event store only by their reference, so that they can be shown masked and erased without touching an
 * event. A destination is stored, committed, before its withdrawal is requested; one whose request is refused or
 * was a repeat is removed again (a crash in between leaves a row no event refers to, erased with the rest).
 */
@Component
class PayoutDestinations {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    PayoutDestinations(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Keeps the destination and answers its reference. */
    String store(WalletId walletId, PayoutMethod method, PayoutDestination destination) {
        byte[] bytes = new byte[12];
        random.nextBytes(bytes);
        String id = "pd_" + HexFormat.of().formatHex(bytes);
        jdbc.update("insert into payout_destination (id, wallet_id, method, bank_name, account_number, ifsc_code, "
                        + "account_holder_name, upi_id, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, walletId.value(), method.code(), destination.bankName(), destination.accountNumber(),
                destination.ifscCode(), destination.accountHolderName(), destination.upiId(),
                Timestamp.from(clock.instant()));
        return id;
    }

    /** Removes a destination no withdrawal refers to. */
    void forget(String id) {
        jdbc.update("delete from payout_destination where id = ?", id);
    }
}
