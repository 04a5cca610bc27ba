package com.shiftledger.command.web;

import com.shiftledger.api.alert.FindLowBalanceAlertQuery;
import com.shiftledger.api.alert.LowBalanceAlertId;
import com.shiftledger.api.alert.LowBalanceAlertView;
import com.shiftledger.api.platform.FindPlatformTermsQuery;
import com.shiftledger.api.platform.PlatformTerms;
import com.shiftledger.api.referral.FindReferralTermsQuery;
import com.shiftledger.api.referral.ReferralTerms;
import com.shiftledger.api.refund.FindRefundQuery;
import com.shiftledger.api.refund.RefundId;
import com.shiftledger.api.refund.RefundView;
import com.shiftledger.api.shift.FindShiftFundingQuery;
import com.shiftledger.api.shift.FindShiftVersionQuery;
import com.shiftledger.api.shift.FundingReference;
import com.shiftledger.api.shift.ShiftFundingView;
import com.shiftledger.api.shift.ShiftId;
import com.shiftledger.api.sos.EmergencySosView;
import com.shiftledger.api.sos.FindEmergencySosQuery;
import com.shiftledger.api.sos.SosId;
import com.shiftledger.api.sos.SosStatus;
import com.shiftledger.api.subscription.FindMonthlyUseQuery;
import com.shiftledger.api.subscription.FindSubscriptionPlanQuery;
import com.shiftledger.api.subscription.MonthlyUseView;
import com.shiftledger.api.subscription.FindSubscriptionPurchaseQuery;
import com.shiftledger.api.subscription.PlanTerms;
import com.shiftledger.api.subscription.SubscriptionPlanId;
import com.shiftledger.api.subscription.SubscriptionPlanView;
import com.shiftledger.api.subscription.SubscriptionPurchaseView;
import com.shiftledger.api.wallet.FindWalletTransactionQuery;
import com.shiftledger.api.wallet.FindWalletVersionQuery;
import com.shiftledger.api.wallet.TransactionView;
import com.shiftledger.api.wallet.WalletId;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * Lets a command's answer show what the command wrote, and the caller's next read too: it waits on a subscription
 * query until the read side reports that it has projected the change (a projection emits its update after its
 * transaction commits). Within one instance that announcement ends the wait at once; with several instances on one
 * database a segment may run on another instance, whose announcement never arrives here, so the read side is also
 * read again every {@link #REREAD_EVERY} while waiting. Those reads run on the waiting caller's own thread: on a
 * shared timer (Reactor's parallel scheduler, as before) a blocking query held up every other wait, and ending the
 * wait interrupted a query still running there, which Axon's unit-of-work timeout then reported for a minute and
 * interrupted again. Should the read side not get there within {@link #WAIT} (stopped, or far behind), the wait
 * gives up, logs it, and the answer goes out with what the command itself knows.
 */
@Component
public class ReadAfterWrite {

    static final Duration WAIT = Duration.ofSeconds(10);
    /** How often the read side is read again while no announcement has come (the change may be on another instance). */
    static final Duration REREAD_EVERY = Duration.ofMillis(250);
    private static final Logger log = LoggerFactory.getLogger(ReadAfterWrite.class);

    private final QueryGateway queries;

    ReadAfterWrite(QueryGateway queries) {
        this.queries = queries;
    }

    /** Waits until the read side has projected the wallet up to {@code version}. */
    public void walletAt(WalletId walletId, long version) {
        first(new FindWalletVersionQuery(walletId), Long.class, projected -> projected >= version);
    }

    /** Waits until the read side has projected the shift up to {@code version}. */
    public void shiftAt(ShiftId shiftId, long version) {
        first(new FindShiftVersionQuery(shiftId), Long.class, projected -> projected >= version);
    }

    /** The funding once the wallet paid or refused it; empty while it is still pending at the end of the wait. */
    public Optional<ShiftFundingView> settled(FundingReference funding) {
        return first(new FindShiftFundingQuery(funding), ShiftFundingView.class, ShiftFundingView::isSettled);
    }

    /** The wallet transaction once the read side shows it. */
    public Optional<TransactionView> transaction(String transactionId) {
        return first(new FindWalletTransactionQuery(transactionId), TransactionView.class, transaction -> true);
    }

    /** Waits until the read side shows these terms in force. */
    public void termsInForce(PlatformTerms terms) {
        first(new FindPlatformTermsQuery(), PlatformTerms.class, terms::equals);
    }

    /** Waits until the read side shows these referral terms in force. */
    public void referralTermsInForce(ReferralTerms terms) {
        first(new FindReferralTermsQuery(), ReferralTerms.class, terms::sameAs);
    }

    /** The SOS once it is funded or refused; empty while it is still being funded at the end of the wait. */
    public Optional<EmergencySosView> settled(SosId sosId) {
        return first(new FindEmergencySosQuery(sosId), EmergencySosView.class,
                sos -> !sos.status().equals(SosStatus.FUNDING.code()));
    }

    /** The refund once the read side shows it as {@code reached} says. */
    public Optional<RefundView> refund(RefundId refundId, Predicate<RefundView> reached) {
        return first(new FindRefundQuery(refundId), RefundView.class, reached);
    }

    /** The refund once the read side shows it. */
    public Optional<RefundView> refund(RefundId refundId) {
        return first(new FindRefundQuery(refundId), RefundView.class, refund -> true);
    }

    /** The plan once the read side shows it with these terms. */
    public Optional<SubscriptionPlanView> plan(SubscriptionPlanId planId, PlanTerms terms) {
        return first(new FindSubscriptionPlanQuery(planId), SubscriptionPlanView.class,
                plan -> plan.terms().equals(terms));
    }

    /** The purchase once its wallet paid or refused it; empty while it is still pending at the end of the wait. */
    public Optional<SubscriptionPurchaseView> purchase(String paymentReference) {
        return first(new FindSubscriptionPurchaseQuery(paymentReference), SubscriptionPurchaseView.class,
                SubscriptionPurchaseView::isSettled);
    }

    /** Waits until the read side counts the claim of {@code use.reference()}, or no longer counts it once released. */
    public void monthlyUse(FindMonthlyUseQuery use, boolean released) {
        first(use, MonthlyUseView.class, view -> view.released() == released);
    }

    /** The low-balance alert once the read side shows it as {@code reached} says. */
    public Optional<LowBalanceAlertView> lowBalanceAlert(LowBalanceAlertId alertId,
                                                         Predicate<LowBalanceAlertView> reached) {
        return first(new FindLowBalanceAlertQuery(alertId), LowBalanceAlertView.class, reached);
    }

    private <T> Optional<T> first(Object query, Class<T> type, Predicate<T> reached) {
        SubscriptionQueryResult<T, T> result = queries.subscriptionQuery(query, ResponseTypes.instanceOf(type),
                ResponseTypes.instanceOf(type));
        try {
            CompletableFuture<T> announced = result.initialResult().concatWith(result.updates()).filter(reached)
                    .next().toFuture();
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (true) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    // what the read side showed last tells a read side behind from one that never gets there
                    log.warn("The read side did not show {} within {} (it showed {}); answering without it", query,
                            WAIT, reread(query, type).map(Object::toString).orElse("nothing"));
                    return Optional.empty();
                }
                try {
                    return Optional.ofNullable(announced.get(Math.min(left, REREAD_EVERY.toNanos()),
                            TimeUnit.NANOSECONDS));
                } catch (TimeoutException notYet) {
                    // the announcement comes from the instance whose segment projected the change: with several
                    // instances on one database (no Axon Server) that may be another one, so the read side is also
                    // read again now and then, here on the caller's thread
                    Optional<T> now = reread(query, type).filter(reached);
                    if (now.isPresent()) {
                        return now;
                    }
                } catch (ExecutionException failed) {
                    throw failed.getCause() instanceof RuntimeException runtime ? runtime
                            : new IllegalStateException(failed.getCause());
                }
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            result.close();
        }
    }

    private <T> Optional<T> reread(Object query, Class<T> type) {
        try {
            return Optional.ofNullable(queries.query(query, ResponseTypes.instanceOf(type)).join());
        } catch (RuntimeException notReadable) {
            return Optional.empty();
        }
    }
}
