package com.shiftledger.bench;

import java.util.concurrent.atomic.AtomicLong;

/**
 * What the bench expects of one wallet from everything it did to it: the balance, the reserved amount and the
 * number of withdrawal requests in the event store. Checked against the read side and the event store.
 */
final class TrackedWallet {

    final ShiftLedgerApi.Hospital hospital;
    final AtomicLong balance = new AtomicLong();
    final AtomicLong reserved = new AtomicLong();
    final AtomicLong withdrawals = new AtomicLong();

    TrackedWallet(ShiftLedgerApi.Hospital hospital) {
        this.hospital = hospital;
    }

    void toppedUp(long paise) {
        balance.addAndGet(paise);
    }

    /** One ₹100 withdrawal request was accepted (answered 2xx). */
    void withdrew() {
        balance.addAndGet(-ShiftLedgerApi.WITHDRAWAL_PAISE);
        reserved.addAndGet(ShiftLedgerApi.WITHDRAWAL_PAISE);
        withdrawals.incrementAndGet();
    }

    /** Events were written straight into this wallet's stream by the seeder. */
    void seeded(Seeder.StreamResult result) {
        balance.set(result.balance());
        reserved.set(result.reserved());
        withdrawals.addAndGet(result.withdrawalsRequested());
    }

    long walletId() {
        return hospital.walletId();
    }

    @Override
    public String toString() {
        return hospital.name() + " (wallet " + hospital.walletId() + ")";
    }
}
