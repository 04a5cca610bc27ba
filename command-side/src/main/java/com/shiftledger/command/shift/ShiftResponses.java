package com.shiftledger.command.shift;

import com.shiftledger.api.shift.ApplicationView;
import com.shiftledger.api.shift.FindApplicationQuery;
import com.shiftledger.api.shift.FindShiftQuery;
import com.shiftledger.api.shift.ShiftView;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Answers a command with the shift or application as the read side shows it, once the read side has caught up
 * with the change (it is a moment behind); after a short wait it answers with what it has.
 */
@Component
class ShiftResponses {

    private static final int ATTEMPTS = 200;
    private static final long PAUSE_MILLIS = 25;

    private final QueryGateway queries;

    ShiftResponses(QueryGateway queries) {
        this.queries = queries;
    }

    ShiftView shift(long shiftId, Predicate<ShiftView> caughtUp) {
        return await(() -> queries.query(new FindShiftQuery(shiftId), ShiftView.class).join(), caughtUp);
    }

    ApplicationView application(long applicationId, Predicate<ApplicationView> caughtUp) {
        return await(() -> queries.query(new FindApplicationQuery(applicationId), ApplicationView.class).join(),
                caughtUp);
    }

    private static <T> T await(Supplier<T> read, Predicate<T> caughtUp) {
        T latest = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            latest = read.get();
            if (latest != null && caughtUp.test(latest)) {
                return latest;
            }
            try {
                Thread.sleep(PAUSE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return latest;
            }
        }
        return latest;
    }
}
