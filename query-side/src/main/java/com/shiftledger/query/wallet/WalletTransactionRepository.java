package com.shiftledger.query.wallet;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

interface WalletTransactionRepository extends JpaRepository<WalletTransaction, String> {

    /** The completed credits of a wallet in the given categories since an instant: when and how much. */
    @Query("select t.createdAt as at, t.amountPaise as paise from WalletTransaction t where t.walletId = :walletId "
            + "and t.type = 'credit' and t.status = 'completed' and t.category in :categories and t.createdAt >= :since")
    List<Credit> creditsSince(@Param("walletId") long walletId, @Param("categories") Collection<String> categories,
                              @Param("since") Instant since);

    /** The sum of a wallet's completed credits in the given categories, in paise. */
    @Query("select coalesce(sum(t.amountPaise), 0) from WalletTransaction t where t.walletId = :walletId "
            + "and t.type = 'credit' and t.status = 'completed' and t.category in :categories")
    long sumOfCredits(@Param("walletId") long walletId, @Param("categories") Collection<String> categories);

    /** A credit: when it was made and its amount in paise. */
    interface Credit {
        Instant getAt();

        Long getPaise();
    }
}
