package com.shiftledger.api.wallet;

import java.util.List;

/** Every wallet the read side knows, with its balances. */
public record WalletList(List<WalletView> wallets) {
}
