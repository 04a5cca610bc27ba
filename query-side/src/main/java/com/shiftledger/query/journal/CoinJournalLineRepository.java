package com.shiftledger.query.journal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface CoinJournalLineRepository extends JpaRepository<CoinJournalLine, String> {

    @Query("select l.account as account, sum(l.coins) as balance from CoinJournalLine l "
            + "group by l.account order by l.account")
    List<JournalLineRepository.AccountTotal> balances();
}
