package com.shiftledger.api.wallet;

import com.shiftledger.api.money.Account;
import com.shiftledger.api.money.Money;
import com.shiftledger.api.money.MoneyMovement;
import com.shiftledger.api.money.Posting;
import com.shiftledger.api.money.TransactionCategory;

import java.util.List;

/** Money left the wallet for {@code counterparty}: {@code account → counterparty}. */
public record WalletDebitedEvent(WalletId walletId, Account account, Money amount, Account counterparty,
                                 TransactionCategory category, String reference, String transactionId,
                                 String description, Money balanceAfter, Money reservedAfter)
        implements MoneyMovement {

    @Override
    public List<Posting> postings() {
        return List.of(new Posting(account, counterparty, amount));
    }
}
