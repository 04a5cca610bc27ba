package com.shiftledger.command.virtualaccount;

import com.shiftledger.api.money.Account;
import com.shiftledger.api.money.Money;
import com.shiftledger.api.money.TransactionCategory;
import com.shiftledger.api.virtualaccount.ConfirmMandateTopUpCommand;
import com.shiftledger.api.virtualaccount.MandateTopUpReceipt;
import com.shiftledger.api.wallet.CreditWalletCommand;
import com.shiftledger.api.wallet.TransactionReceipt;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * What Razorpay's signed webhooks tell the virtual accounts: a bank transfer into one ({@code
 * virtual_account.credited}) and a captured mandate top-up ({@code payment.captured} of its order). Each credits the
 * hospital's wallet {@code gateway:razorpay → hospital:{h}} (category {@code wallet_topup}) under a reference the
 * wallet decides once: the payment id for a transfer, the order for a top-up. So a repeated or concurrent delivery
 * credits nothing again, and a delivery cut short after the first step completes when Razorpay sends it again.
 */
@Component
public class VirtualAccountPayments {

    private final CommandGateway commands;
    private final VirtualAccountLookup lookup;

    VirtualAccountPayments(CommandGateway commands, VirtualAccountLookup lookup) {
        this.commands = commands;
        this.lookup = lookup;
    }

    /** The wallet transaction a webhook credited, or had credited before ({@code repeated}). */
    public record Credit(String transactionId, boolean repeated) {
    }

    /** Credits a bank transfer into the virtual account; empty when no virtual account has this Razorpay id. */
    public Optional<Credit> creditBankTransfer(String razorpayVirtualAccountId, String paymentId, Money amount) {
        return lookup.ofRazorpayId(razorpayVirtualAccountId).map(account -> {
            TransactionReceipt receipt = commands.sendAndWait(new CreditWalletCommand(account.walletId(), amount,
                    Account.GATEWAY_RAZORPAY, TransactionCategory.WALLET_TOPUP, bankTransferReference(paymentId),
                    "Bank transfer to virtual account " + razorpayVirtualAccountId));
            return new Credit(receipt.transactionId(), receipt.repeated());
        });
    }

    /** Confirms and credits a mandate top-up whose order Razorpay captured; empty when no top-up has this order. */
    public Optional<Credit> confirmMandateTopUp(String orderId, String paymentId, Money capturedAmount) {
        return lookup.ofOrder(orderId).map(account -> {
            MandateTopUpReceipt topUp = commands.sendAndWait(new ConfirmMandateTopUpCommand(
                    account.virtualAccountId(), orderId, paymentId, capturedAmount));
            TransactionReceipt receipt = commands.sendAndWait(new CreditWalletCommand(topUp.walletId(), topUp.amount(),
                    Account.GATEWAY_RAZORPAY, TransactionCategory.WALLET_TOPUP, topUp.walletReference(),
                    "Automatic wallet top-up through the mandate (order " + orderId + ")"));
            return new Credit(receipt.transactionId(), receipt.repeated());
        });
    }

    static String bankTransferReference(String paymentId) {
        return "virtual-account-payment:" + paymentId;
    }
}
