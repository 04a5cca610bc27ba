package com.shiftledger.api.wallet;

import com.shiftledger.api.money.Account;
import com.shiftledger.api.money.Money;
import com.shiftledger.api.money.MoneyMovement;
import com.shiftledger.api.money.Posting;

import java.util.List;

/**
 * A withdrawal was refused and its funds returned: {@code withdrawal:{id} → account}. The returning credit
 * is a transaction of its own, {@code returnTransactionId}.
 */
public record WithdrawalRejectedEvent(WalletId walletId, Account account, long withdrawalId, Money amount,
                                      String remarks, String transactionId, String returnTransactionId,
                                      Money balanceAfter, Money reservedAfter) implements MoneyMovement {

    @Override
    public List<Posting> postings() {
        return List.of(new Posting(Account.withdrawal(withdrawalId), account, amount));
    }
}
