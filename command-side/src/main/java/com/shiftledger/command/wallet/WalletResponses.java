package com.shiftledger.command.wallet;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.wallet.FindWalletQuery;
import com.shiftledger.api.wallet.TransactionReceipt;
import com.shiftledger.api.wallet.WalletView;
import com.shiftledger.command.web.ReadAfterWrite;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * Builds the seed's {@code Wallet} object after a command, once the read side has projected the command's
 * transaction (so the caller's next read shows it): balances from the wallet's own answer, the pending refunds
 * and the owner from the read model.
 */
@Component
class WalletResponses {

    private final QueryGateway queries;
    private final ReadAfterWrite readAfterWrite;

    WalletResponses(QueryGateway queries, ReadAfterWrite readAfterWrite) {
        this.queries = queries;
        this.readAfterWrite = readAfterWrite;
    }

    WalletView walletAfter(TransactionReceipt receipt) {
        readAfterWrite.walletAt(receipt.walletId(), receipt.walletVersion());
        WalletView read = queries.query(new FindWalletQuery(receipt.walletId()), WalletView.class).join();
        String ownerType = read == null ? null : read.ownerType();
        long ownerId = read == null ? 0 : read.ownerId();
        Money pendingRefunds = read == null ? Money.ZERO : read.pendingRefunds();
        long coins = read == null ? 0 : read.coins();
        return new WalletView(receipt.walletId().value(), ownerType, ownerId, receipt.balance(), receipt.reserved(),
                pendingRefunds, "INR", coins);
    }
}
