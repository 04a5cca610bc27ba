package com.shiftledger.command.wallet;

import com.shiftledger.api.wallet.TopUpOrderCreatedEvent;
import com.shiftledger.api.wallet.WalletId;
import com.shiftledger.api.wallet.WithdrawalRequestedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The command side's own directory of orders and withdrawals to their wallets. It is written in the same
 * transaction as the event (a subscribing processor), so it is never behind the wallet.
 */
@Component
@ProcessingGroup(WalletLookup.PROCESSING_GROUP)
class WalletLookup {

    static final String PROCESSING_GROUP = "wallet-lookup";

    private final WalletLookupRepository repository;

    WalletLookup(WalletLookupRepository repository) {
        this.repository = repository;
    }

    @EventHandler
    void on(TopUpOrderCreatedEvent event) {
        repository.record(orderKey(event.orderId()), event.walletId().value());
    }

    @EventHandler
    void on(WithdrawalRequestedEvent event) {
        repository.record(withdrawalKey(event.withdrawalId()), event.walletId().value());
    }

    Optional<WalletId> walletOfOrder(String orderId) {
        return repository.findById(orderKey(orderId)).map(entry -> new WalletId(entry.walletId()));
    }

    Optional<WalletId> walletOfWithdrawal(long withdrawalId) {
        return repository.findById(withdrawalKey(withdrawalId)).map(entry -> new WalletId(entry.walletId()));
    }

    private static String orderKey(String orderId) {
        return "order:" + orderId;
    }

    private static String withdrawalKey(long withdrawalId) {
        return "withdrawal:" + withdrawalId;
    }
}
