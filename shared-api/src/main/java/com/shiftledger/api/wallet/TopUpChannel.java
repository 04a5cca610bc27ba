package com.shiftledger.api.wallet;

/** Which path told the ledger that a Razorpay payment was captured: the app's verify call or the webhook. */
public enum TopUpChannel {
    VERIFY,
    WEBHOOK
}
