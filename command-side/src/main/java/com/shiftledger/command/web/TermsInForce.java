package com.shiftledger.command.web;

import com.shiftledger.api.platform.FindPlatformTermsQuery;
import com.shiftledger.api.platform.PlatformTerms;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/** The platform's terms in force now, as the settings read model has them: what a new shift or SOS takes on. */
@Component
public class TermsInForce {

    private final QueryGateway queries;

    TermsInForce(QueryGateway queries) {
        this.queries = queries;
    }

    public PlatformTerms now() {
        return queries.query(new FindPlatformTermsQuery(), PlatformTerms.class).join();
    }
}
