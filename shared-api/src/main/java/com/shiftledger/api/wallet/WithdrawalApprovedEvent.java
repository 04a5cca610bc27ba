package com.shiftledger.api.wallet;

import com.shiftledger.api.money.Account;
import com.shiftledger.api.money.Money;
import com.shiftledger.api.money.MoneyMovement;
import com.shiftledger.api.money.Posting;

import java.util.List;

/** A withdrawal was paid out: {@code withdrawal:{id} → payouts:bank}. */
public record WithdrawalApprovedEvent(WalletId walletId, Account account, long withdrawalId, Money amount,
                                      String remarks, String transactionId, Money balanceAfter,
                                      Money reservedAfter) implements MoneyMovement {

    @Override
    public List<Posting> postings() {
        return List.of(new Posting(Account.withdrawal(withdrawalId), Account.PAYOUTS_BANK, amount));
    }
}
