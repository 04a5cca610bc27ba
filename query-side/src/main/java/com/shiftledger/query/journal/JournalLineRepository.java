package com.shiftledger.query.journal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface JournalLineRepository extends JpaRepository<JournalLine, String> {

    // a JPQL string, not a derived query: Hibernate 6.6 keeps the plan of a string, and translates the criteria query
    // that Spring Data derives anew on every call (this one runs on every request or every event)
    @Query("select case when count(e) > 0 then true else false end from JournalLine e where e.eventId = :eventId")
    boolean existsByEventId(String eventId);

    @Query("select l.account as account, sum(l.amountPaise) as balance from JournalLine l "
            + "group by l.account order by l.account")
    List<AccountTotal> balances();

    /** An account and the sum of its lines. */
    interface AccountTotal {
        String getAccount();

        Long getBalance();
    }
}
