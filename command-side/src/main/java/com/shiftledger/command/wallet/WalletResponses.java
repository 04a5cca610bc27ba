package com.shiftledger.command.wallet;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.wallet.FindWalletQuery;
import com.shiftledger.api.wallet.TransactionReceipt;
import com.shiftledger.api.wallet.WalletId;
import com.shiftledger.api.wallet.WalletView;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.concurrent.CompletionException;

/**
 * Builds the seed's {@code Wallet} object after a command: balances come from the wallet's own answer (never
 * behind), the pending refunds from the read model.
 */
@Component
class WalletResponses {

    private final QueryGateway queries;

    WalletResponses(QueryGateway queries) {
        this.queries = queries;
    }

    WalletView walletAfter(TransactionReceipt receipt) {
        long walletId = receipt.walletId().value();
        WalletView read = readModel(walletId);
        String ownerType = read == null ? null : read.ownerType();
        long ownerId = read == null ? 0 : read.ownerId();
        Money pendingRefunds = read == null ? Money.ZERO : read.pendingRefunds();
        return new WalletView(walletId, ownerType, ownerId, receipt.balance(), receipt.reserved(), pendingRefunds,
                "INR");
    }

    private WalletView readModel(long walletId) {
        try {
            return queries.query(new FindWalletQuery(new WalletId(walletId)),
                    WalletView.class).join();
        } catch (CompletionException e) {
            return null;
        }
    }
}
