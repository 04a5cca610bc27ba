package com.shiftledger.api.wallet;

/**
 * Asks how far the read side has projected a wallet: answered with the version (sequence number) of the wallet's
 * last projected event, -1 before its first; as a subscription query, updated each time the read side projects
 * another of its events. A command's answer waits on it so that the caller's next read shows what it wrote.
 */
public record FindWalletVersionQuery(WalletId walletId) {
}
