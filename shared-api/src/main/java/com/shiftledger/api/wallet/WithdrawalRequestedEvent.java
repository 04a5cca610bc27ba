package com.shiftledger.api.wallet;

import com.shiftledger.api.money.Account;
import com.shiftledger.api.money.Money;
import com.shiftledger.api.money.MoneyMovement;
import com.shiftledger.api.money.Posting;

import java.util.List;

/**
 * An amount was reserved for a payout: {@code account → withdrawal:{id}}, until approved or rejected. The payout
 * destination is the reference {@code destinationId} to its details, which are kept outside the event store so that
 * they can be erased; {@code destination} is read only from events recorded before that (it carried the details
 * themselves) and is null in every new event.
 */
public record WithdrawalRequestedEvent(WalletId walletId, Account account, long withdrawalId, Money amount,
                                       PayoutMethod method, String destinationId, PayoutDestination destination,
                                       String reference, String transactionId, Money balanceAfter,
                                       Money reservedAfter)
        implements MoneyMovement {

    @Override
    public List<Posting> postings() {
        return List.of(new Posting(account, Account.withdrawal(withdrawalId), amount));
    }
}
