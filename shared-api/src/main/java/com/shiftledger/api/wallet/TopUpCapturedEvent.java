package com.shiftledger.api.wallet;

import com.shiftledger.api.money.Account;
import com.shiftledger.api.money.Money;
import com.shiftledger.api.money.MoneyMovement;
import com.shiftledger.api.money.Posting;

import java.util.List;

/** A paid Razorpay order was credited to the wallet: {@code gateway:razorpay → account}, once per order. */
public record TopUpCapturedEvent(WalletId walletId, Account account, String orderId, String paymentId, Money amount,
                                 TopUpChannel channel, String transactionId, Money balanceAfter,
                                 Money reservedAfter) implements MoneyMovement {

    @Override
    public List<Posting> postings() {
        return List.of(new Posting(Account.GATEWAY_RAZORPAY, account, amount));
    }
}
