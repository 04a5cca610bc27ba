package com.shiftledger.command.shift;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.money.TransactionId;
import com.shiftledger.api.refund.RefundTerms;
import com.shiftledger.api.rejection.RejectedException;
import com.shiftledger.api.shift.ApplicationView;
import com.shiftledger.api.shift.ExtendedDayCompletedEvent;
import com.shiftledger.api.shift.FindApplicationQuery;
import com.shiftledger.api.shift.FindShiftExtensionQuery;
import com.shiftledger.api.shift.FindShiftQuery;
import com.shiftledger.api.shift.FundingReference;
import com.shiftledger.api.shift.PositionCompletedEvent;
import com.shiftledger.api.shift.ShiftChange;
import com.shiftledger.api.shift.ShiftEscrowReleasedEvent;
import com.shiftledger.api.shift.ShiftExtensionView;
import com.shiftledger.api.shift.ShiftFundingView;
import com.shiftledger.api.shift.ShiftView;
import com.shiftledger.api.wallet.TransactionView;
import com.shiftledger.command.web.ReadAfterWrite;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Builds the answers of the shift commands from what the command did ({@link ShiftChange}) and, once the read side
 * has projected it, from the shift or application as the apps read it; so the caller's next read shows the change.
 */
@Component
public class ShiftResponses {

    static final String FUNDING_PENDING = "The payment for this shift is still being processed; repeat the request "
            + "with the same Idempotency-Key to see its outcome.";
    static final String CANCELLED_BEFORE_FUNDING = "The shift was cancelled before it was funded.";

    private final ReadAfterWrite readAfterWrite;
    private final QueryGateway queries;

    ShiftResponses(ReadAfterWrite readAfterWrite, QueryGateway queries) {
        this.readAfterWrite = readAfterWrite;
        this.queries = queries;
    }

    /** The seed's {@code wallet_transaction} of a shift change paid from the wallet. */
    public record WalletDeduction(String type, String transactionId, Money amount, Money newBalance) {
    }

    /** The seed's {@code refund_details} of a shift change or cancellation that released escrow. */
    record RefundDetails(String type, String refundId, Money originalAmount, Money serviceChargeDeducted,
                         Money refundAmount, Instant availableAt, long remainingDays, String message) {
    }

    /** Waits until the read side has projected the change. */
    public void awaitProjected(ShiftChange change) {
        readAfterWrite.shiftAt(change.shiftId(), change.version());
    }

    /** The shift once the read side has projected the change. */
    public ShiftView shift(ShiftChange change) {
        readAfterWrite.shiftAt(change.shiftId(), change.version());
        return queries.query(new FindShiftQuery(change.shiftId().value()), ShiftView.class).join();
    }

    /** The extension once the read side has projected the change. */
    ShiftExtensionView extension(ShiftChange change, long extensionId) {
        readAfterWrite.shiftAt(change.shiftId(), change.version());
        return queries.query(new FindShiftExtensionQuery(extensionId), ShiftExtensionView.class).join();
    }

    /** The application once the read side has projected the change. */
    ApplicationView application(ShiftChange change, long applicationId) {
        readAfterWrite.shiftAt(change.shiftId(), change.version());
        return queries.query(new FindApplicationQuery(applicationId), ApplicationView.class).join();
    }

    /**
     * The wallet's payment of a funding once it is decided and on the read side: refused answers 402 with the
     * amounts, still undecided at the end of the wait answers 503 (the request may be repeated).
     */
    public WalletDeduction paid(FundingReference funding) {
        ShiftFundingView outcome = readAfterWrite.settled(funding)
                .orElseThrow(() -> RejectedException.stillProcessing(FUNDING_PENDING));
        if (outcome.status().equals(ShiftFundingView.ABANDONED)) {
            if (outcome.requiredAmount() != null) {
                throw RejectedException.insufficientBalance(outcome.requiredAmount(), outcome.walletBalance());
            }
            throw RejectedException.conflict(CANCELLED_BEFORE_FUNDING);
        }
        Money balanceAfter = readAfterWrite.transaction(outcome.transactionId())
                .map(TransactionView::balanceAfter).orElse(null);
        return new WalletDeduction("deduction", outcome.transactionId(), outcome.amount(), balanceAfter);
    }

    /** The refund a release opened, once the hospital's refund list shows it; null when nothing was released. */
    RefundDetails refund(ShiftEscrowReleasedEvent release, Instant now) {
        if (release == null) {
            return null;
        }
        if (release.refundAmount().isPositive()) {
            readAfterWrite.refund(release.refundId());
        }
        long remainingDays = RefundTerms.remainingDays(release.availableAt(), now);
        return new RefundDetails("refund_pending", release.refundId().code(), release.released(), release.fee(),
                release.refundAmount(), release.availableAt(), remainingDays,
                "Refund of ₹" + release.refundAmount().toRupees().toPlainString() + " will be credited after "
                        + remainingDays + " days");
    }

    /** Waits until the professional's wallet shows the pay (and any SOS extra pay) of a completed extended day. */
    void awaitPayout(ExtendedDayCompletedEvent completed) {
        if (completed.professionalPay().isPositive()) {
            readAfterWrite.transaction(TransactionId.of(completed.professionalWalletId().toString(),
                    completed.payoutReference()));
        }
        if (completed.sosExtraPay().isPositive()) {
            readAfterWrite.transaction(TransactionId.of(completed.professionalWalletId().toString(),
                    completed.sosExtraPayReference()));
        }
    }

    /** Waits until the professional's wallet shows the pay of a completed position. */
    void awaitPayout(PositionCompletedEvent completed) {
        if (completed.professionalPay().isPositive()) {
            readAfterWrite.transaction(TransactionId.of(completed.professionalWalletId().toString(),
                    completed.payoutReference()));
        }
    }
}
