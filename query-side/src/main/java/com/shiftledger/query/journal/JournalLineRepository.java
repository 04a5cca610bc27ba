package com.shiftledger.query.journal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface JournalLineRepository extends JpaRepository<JournalLine, String> {

    @Query("select l.account as account, sum(l.amountPaise) as balance from JournalLine l "
            + "group by l.account order by l.account")
    List<AccountTotal> balances();

    /** An account and the sum of its lines. */
    interface AccountTotal {
        String getAccount();

        Long getBalance();
    }
}
