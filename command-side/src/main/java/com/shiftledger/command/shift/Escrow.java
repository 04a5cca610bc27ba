package com.shiftledger.command.shift;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.refund.RefundId;
import com.shiftledger.api.shift.FundingReference;
import com.shiftledger.api.shift.ShiftId;

import java.util.HashSet;
import java.util.Set;

/**
 * A shift's escrow: what the hospital's wallet paid in and has not been paid out or released yet, the funding the
 * shift waits for, and the count of its fundings and releases (each named by its number, so a repeat names the
 * same one). A value: every change gives a new escrow. It never holds less than nothing.
 */
record Escrow(long heldPaise, int fundingsRequested, int releases, PendingFunding pending, Set<Integer> received) {

    /**
     * A funding the shift waits for, with the revision it pays for (null when it publishes the shift or pays for an
     * extension) or the extension it pays for (null otherwise).
     */
    record PendingFunding(int number, long amount, boolean publish, Revision revision, Long extensionId) {
    }

    Escrow {
        if (heldPaise < 0) {
            throw new IllegalStateException("An escrow never holds less than nothing: " + heldPaise + " paise");
        }
        received = Set.copyOf(received);
    }

    static Escrow empty() {
        return new Escrow(0, 0, 0, null, Set.of());
    }

    Money held() {
        return Money.ofPaise(heldPaise);
    }

    boolean isEmpty() {
        return heldPaise == 0;
    }

    boolean covers(Money amount) {
        return heldPaise >= amount.paise();
    }

    boolean isAwaiting(int fundingNumber) {
        return pending != null && pending.number() == fundingNumber;
    }

    boolean isAwaitingAny() {
        return pending != null;
    }

    boolean isAwaitingPublication() {
        return pending != null && pending.publish();
    }

    /** A repeat of the same change (a retried request) reuses the funding already asked for. */
    boolean isAwaiting(Revision revision) {
        return pending != null && !pending.publish() && revision.equals(pending.revision());
    }

    /** A repeated acceptance of an extension reuses the funding already asked for. */
    boolean isAwaitingExtension(long extensionId) {
        return pending != null && pending.extensionId() != null && pending.extensionId() == extensionId;
    }

    /** Whether the n-th funding was paid in already: a repeated confirmation changes nothing. */
    boolean hasReceived(int fundingNumber) {
        return received.contains(fundingNumber);
    }

    /** Whether this payment of the n-th funding is the one the shift waits for, for the amount it asked. */
    boolean expects(int fundingNumber, Money amount) {
        return isAwaiting(fundingNumber) && pending.amount() == amount.paise();
    }

    FundingReference nextFunding(ShiftId shiftId) {
        return new FundingReference(shiftId, fundingsRequested + 1);
    }

    FundingReference pendingFunding(ShiftId shiftId) {
        return new FundingReference(shiftId, pending.number());
    }

    RefundId nextRefund(ShiftId shiftId) {
        return RefundId.forShiftRelease(shiftId, releases + 1);
    }

    Escrow requested(PendingFunding funding) {
        return new Escrow(heldPaise, funding.number(), releases, funding, received);
    }

    Escrow abandoned(int fundingNumber) {
        PendingFunding stillPending = isAwaiting(fundingNumber) ? null : pending;
        return new Escrow(heldPaise, Math.max(fundingsRequested, fundingNumber), releases, stillPending, received);
    }

    /** The funding the shift waited for was paid in. */
    Escrow funded(int fundingNumber, Money amount) {
        return new Escrow(heldPaise + amount.paise(), fundingsRequested, releases, null, with(fundingNumber));
    }

    /** Money arrived for a funding the shift no longer waits for; it is released again at once. */
    Escrow receivedUnasked(int fundingNumber, Money amount) {
        return new Escrow(heldPaise + amount.paise(), fundingsRequested, releases, pending, with(fundingNumber));
    }

    Escrow released(Money amount) {
        return new Escrow(heldPaise - amount.paise(), fundingsRequested, releases + 1, pending, received);
    }

    Escrow paidOut(Money amount) {
        return new Escrow(heldPaise - amount.paise(), fundingsRequested, releases, pending, received);
    }

    Escrow withoutPending() {
        return new Escrow(heldPaise, fundingsRequested, releases, null, received);
    }

    private Set<Integer> with(int fundingNumber) {
        Set<Integer> all = new HashSet<>(received);
        all.add(fundingNumber);
        return all;
    }
}
