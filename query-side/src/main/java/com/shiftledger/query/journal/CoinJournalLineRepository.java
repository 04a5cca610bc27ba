package com.shiftledger.query.journal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface CoinJournalLineRepository extends JpaRepository<CoinJournalLine, String> {

    // a JPQL string, not a derived query: Hibernate 6.6 keeps the plan of a string, and translates the criteria query
    // that Spring Data derives anew on every call (this one runs on every request or every event)
    @Query("select case when count(e) > 0 then true else false end from CoinJournalLine e where e.eventId = :eventId")
    boolean existsByEventId(String eventId);

    @Query("select l.account as account, sum(l.coins) as balance from CoinJournalLine l "
            + "group by l.account order by l.account")
    List<JournalLineRepository.AccountTotal> balances();
}
