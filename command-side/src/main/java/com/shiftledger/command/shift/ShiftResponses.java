package com.shiftledger.command.shift;

import com.shiftledger.api.shift.ApplicationView;
import com.shiftledger.api.shift.FindApplicationQuery;
import com.shiftledger.api.shift.FindShiftQuery;
import com.shiftledger.api.shift.ShiftView;
import com.shiftledger.command.web.ReadSide;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.function.Predicate;

/**
 * Answers a command with the shift or application as the read side shows it, once the read side has caught up
 * with the change (it is a moment behind); after a short wait it answers with what it has.
 */
@Component
class ShiftResponses {

    private final QueryGateway queries;

    ShiftResponses(QueryGateway queries) {
        this.queries = queries;
    }

    ShiftView shift(long shiftId, Predicate<ShiftView> caughtUp) {
        return ReadSide.await(() -> queries.query(new FindShiftQuery(shiftId), ShiftView.class).join(), caughtUp);
    }

    ApplicationView application(long applicationId, Predicate<ApplicationView> caughtUp) {
        return ReadSide.await(() -> queries.query(new FindApplicationQuery(applicationId), ApplicationView.class).join(),
                caughtUp);
    }
}
