package com.shiftledger.app.privacy;

import com.shiftledger.api.rest.ApiResponse;
import com.shiftledger.api.wallet.WalletId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.sql.Timestamp;
import java.time.Clock;

/**
 * Erases a wallet owner's payout details (bank account numbers, IFSC codes, holder names, UPI ids) on request, for
 * example when a user leaves: the payout destinations are blanked where they are kept, and so are the copies the
 * withdrawal list holds of requests recorded before the details left the event store. No event is touched: events
 * name a destination only by its reference. The withdrawals, their amounts and their ledger entries stay.
 */
@RestController
@Tag(name = "Admin finance")
class PayoutDetailsController {

    private static final Logger log = LoggerFactory.getLogger(PayoutDetailsController.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    PayoutDetailsController(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record Erased(long walletId, int destinationsErased, int olderWithdrawalsErased) {
    }

    @DeleteMapping("/api/v1/admin/wallets/{walletId}/payout-details")
    @Operation(summary = "Erase the payout details (bank and UPI) of a wallet's withdrawals; no event is touched")
    @Transactional
    public ApiResponse<Erased> erase(@PathVariable("walletId") long walletId) {
        long wallet = new WalletId(walletId).value();
        int destinations = jdbc.update("update payout_destination set bank_name = null, account_number = null, "
                        + "ifsc_code = null, account_holder_name = null, upi_id = null, erased_at = ? "
                        + "where wallet_id = ? and erased_at is null", Timestamp.from(clock.instant()), wallet);
        int older = jdbc.update("update withdrawal_view set bank_name = null, account_number = null, ifsc_code = null, "
                + "account_holder_name = null, upi_id = null where wallet_id = ? and destination_id is null and "
                + "(bank_name is not null or account_number is not null or ifsc_code is not null "
                + "or account_holder_name is not null or upi_id is not null)", wallet);
        log.info("Payout details of wallet {} erased: {} destination(s), {} older withdrawal(s)", wallet,
                destinations, older);
        return ApiResponse.ok("Payout details erased", new Erased(wallet, destinations, older));
    }
}
