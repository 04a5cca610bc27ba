package com.shiftledger.command.virtualaccount;

import com.shiftledger.api.virtualaccount.MandateTopUpOrderedEvent;
import com.shiftledger.api.virtualaccount.VirtualAccountCreatedEvent;
import com.shiftledger.api.virtualaccount.VirtualAccountId;
import com.shiftledger.api.wallet.WalletId;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * The command side's own directory of virtual accounts: by hospital, by Razorpay's {@code va_} id and by the order
 * of a mandate top-up. It is written in the same transaction as the event (a subscribing processor), so it is never
 * behind; its rows are inserted, never overwritten, so a second virtual account for a hospital fails as a whole.
 */
@Component
@ProcessingGroup(VirtualAccountLookup.PROCESSING_GROUP)
class VirtualAccountLookup {

    static final String PROCESSING_GROUP = "virtual-account-lookup";

    /** A virtual account and the wallet its money goes to. */
    record Entry(VirtualAccountId virtualAccountId, WalletId walletId) {
    }

    private final JdbcTemplate jdbc;

    VirtualAccountLookup(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(VirtualAccountCreatedEvent event) {
        insert(hospitalKey(event.hospitalId()), event.virtualAccountId(), event.walletId());
        insert(razorpayKey(event.receivingAccount().razorpayId()), event.virtualAccountId(), event.walletId());
    }

    @EventHandler
    void on(MandateTopUpOrderedEvent event) {
        insert(orderKey(event.orderId()), event.virtualAccountId(), event.walletId());
    }

    Optional<Entry> ofHospital(long hospitalId) {
        return find(hospitalKey(hospitalId));
    }

    Optional<Entry> ofRazorpayId(String razorpayId) {
        return find(razorpayKey(razorpayId));
    }

    Optional<Entry> ofOrder(String orderId) {
        return find(orderKey(orderId));
    }

    boolean exists(long virtualAccountId) {
        Integer count = jdbc.queryForObject("select count(*) from virtual_account_lookup where virtual_account_id = ?",
                Integer.class, virtualAccountId);
        return count != null && count > 0;
    }

    private void insert(String key, VirtualAccountId virtualAccountId, WalletId walletId) {
        jdbc.update("insert into virtual_account_lookup (lookup_key, virtual_account_id, wallet_id) values (?, ?, ?)",
                key, virtualAccountId.value(), walletId.value());
    }

    private Optional<Entry> find(String key) {
        List<Entry> entries = jdbc.query("select virtual_account_id, wallet_id from virtual_account_lookup "
                        + "where lookup_key = ?",
                (row, number) -> new Entry(new VirtualAccountId(row.getLong(1)), new WalletId(row.getLong(2))), key);
        return entries.stream().findFirst();
    }

    private static String hospitalKey(long hospitalId) {
        return "hospital:" + hospitalId;
    }

    private static String razorpayKey(String razorpayId) {
        return "razorpay:" + razorpayId;
    }

    private static String orderKey(String orderId) {
        return "order:" + orderId;
    }
}
