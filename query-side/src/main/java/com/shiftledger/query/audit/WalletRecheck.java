package com.shiftledger.query.audit;

import com.shiftledger.api.ledger.WalletBalanceAt;
import com.shiftledger.api.wallet.FindWalletQuery;
import com.shiftledger.api.wallet.WalletId;
import com.shiftledger.api.wallet.WalletView;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * Looks again at one wallet whose replayed balance differed from the read side at the end of a pass over the event
 * store: the wallet is replayed anew from all its events and compared with what the read side shows now. A wallet
 * that moved after the pass read its events agrees then; one the read side got wrong still differs.
 */
@Component
public class WalletRecheck {

    private final WalletReplay replay;
    private final QueryGateway queries;

    WalletRecheck(WalletReplay replay, QueryGateway queries) {
        this.replay = replay;
        this.queries = queries;
    }

    public boolean stillDiffers(long walletId) {
        WalletId id = new WalletId(walletId);
        WalletView shown = queries.query(new FindWalletQuery(id), WalletView.class).join();
        WalletBalanceAt replayed = replay.now(id);
        if (shown == null || replayed == null) {
            return (shown == null) != (replayed == null);
        }
        return shown.balance().paise() != replayed.balance().paise() || shown.coins() != replayed.coins();
    }
}
