package com.shiftledger.api.alert;

import com.shiftledger.api.money.TransactionId;
import com.shiftledger.api.rejection.InvalidIdentifierException;
import com.shiftledger.api.wallet.WalletId;

import java.util.regex.Pattern;

/**
 * Identifies a low-balance alert by its code ({@code LBA-} and 12 letters and digits), derived from the wallet event
 * that took the balance below the threshold, so a redelivered or replayed event names the same alert. See
 * {@link LowBalanceAlertRaisedEvent}.
 */
public record LowBalanceAlertId(String code) {

    private static final Pattern CODE = Pattern.compile("LBA-[0-9A-Z]{12}");

    public LowBalanceAlertId {
        if (!isCode(code)) {
            throw new InvalidIdentifierException("Not a low-balance alert code: " + code);
        }
    }

    /** The alert that the wallet's event number {@code walletSequence} raises, if it crossed the threshold. */
    public static LowBalanceAlertId forWalletEvent(WalletId walletId, long walletSequence) {
        return new LowBalanceAlertId(TransactionId.code("LBA-", walletId.toString(), "low-balance:" + walletSequence));
    }

    /** Whether the text can name an alert at all. */
    public static boolean isCode(String text) {
        return text != null && CODE.matcher(text).matches();
    }

    @Override
    public String toString() {
        return code;
    }
}
